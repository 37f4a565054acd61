package dev.migrate.test;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test methods of a {@link MigrationChecks} class a {@link MigrationRunner} on a
 * fresh database, with the class's revisions (in a Spring test, its context's); the
 * database is dropped after the method.
 */
final class MigrationRunnerParameterResolver implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(MigrationRunnerParameterResolver.class);

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == MigrationRunner.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		MigrationTarget target = MigrationTarget.of(extensionContext.getRequiredTestClass());
		MigrationRunner runner = MigrationRunner.on(target, target.freshDatabase());
		extensionContext.getStore(NAMESPACE).put(runner, (AutoCloseable) runner::close);
		return runner;
	}

}
