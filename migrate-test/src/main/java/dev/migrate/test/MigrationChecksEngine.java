package dev.migrate.test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.opentest4j.TestAbortedException;

/**
 * The JUnit Platform engine behind {@link MigrationChecks}: finds annotated classes among
 * the selected ones and runs one test per {@link Check} under each, the stairway with one
 * dynamic test per revision. Found by the JUnit Platform through
 * {@code META-INF/services}; its id is {@value #ENGINE_ID}.
 */
public final class MigrationChecksEngine implements TestEngine {

	/** The engine's id in unique ids and reports. */
	public static final String ENGINE_ID = "migrate-checks";

	@Override
	public String getId() {
		return ENGINE_ID;
	}

	@Override
	public Optional<String> getGroupId() {
		return Optional.of("dev.migrate");
	}

	@Override
	public Optional<String> getArtifactId() {
		return Optional.of("migrate-test");
	}

	@Override
	public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
		EngineDescriptor engine = new EngineDescriptor(uniqueId, "migrate checks");
		for (ClassSelector selector : request.getSelectorsByType(ClassSelector.class)) {
			add(engine, selector.getJavaClass());
		}
		for (UniqueIdSelector selector : request.getSelectorsByType(UniqueIdSelector.class)) {
			UniqueId id = selector.getUniqueId();
			if (id.hasPrefix(uniqueId) && id.getSegments().size() > 1) {
				String className = id.getSegments().get(1).getValue();
				ReflectionSupport.tryToLoadClass(className).toOptional().ifPresent(type -> add(engine, type));
			}
		}
		return engine;
	}

	private static void add(EngineDescriptor engine, Class<?> type) {
		if (!AnnotationSupport.isAnnotated(type, MigrationChecks.class)
				|| java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
			return;
		}
		UniqueId classId = engine.getUniqueId().append("class", type.getName());
		if (engine.getChildren().stream().anyMatch(child -> child.getUniqueId().equals(classId))) {
			return;
		}
		MigrationChecks settings = type.getAnnotation(MigrationChecks.class);
		Set<Check> skipped = EnumSet.noneOf(Check.class);
		skipped.addAll(Arrays.asList(settings.skip()));
		if (settings.only().length > 0) {
			Set<Check> only = EnumSet.copyOf(Arrays.asList(settings.only()));
			only.add(Check.NO_TRACE);
			skipped.addAll(EnumSet.complementOf(EnumSet.copyOf(only)));
		}
		Node classNode = new Node(classId, type.getSimpleName(), ClassSource.from(type), TestDescriptor.Type.CONTAINER,
				type, null);
		for (Check check : Check.values()) {
			if (check != Check.NO_TRACE && !skipped.contains(check)) {
				classNode.addChild(
						new Node(classId.append("check", check.name()), check.displayName(),
								MethodSource.from(type.getName(), check.displayName()), (check == Check.STAIRWAY)
										? TestDescriptor.Type.CONTAINER_AND_TEST : TestDescriptor.Type.TEST,
								type, check));
			}
		}
		engine.addChild(classNode);
	}

	@Override
	public void execute(ExecutionRequest request) {
		TestDescriptor engine = request.getRootTestDescriptor();
		EngineExecutionListener listener = request.getEngineExecutionListener();
		listener.executionStarted(engine);
		for (TestDescriptor child : engine.getChildren()) {
			executeClass((Node) child, listener);
		}
		listener.executionFinished(engine, TestExecutionResult.successful());
	}

	private static void executeClass(Node classNode, EngineExecutionListener listener) {
		listener.executionStarted(classNode);
		MigrationTarget target;
		try {
			target = MigrationTarget.of(classNode.testClass);
		}
		catch (Throwable ex) {
			listener.executionFinished(classNode, TestExecutionResult.failed(ex));
			return;
		}
		MigrationChecks settings = target.settings();
		boolean noTrace = !Arrays.asList(settings.skip()).contains(Check.NO_TRACE);
		try (CheckSession session = new CheckSession(target)) {
			for (TestDescriptor child : classNode.getChildren()) {
				Node node = (Node) child;
				listener.executionStarted(node);
				TestExecutionResult result = outcome(() -> {
					switch (node.check) {
						case SINGLE_HEAD -> session.singleHead();
						case UPGRADE -> session.upgrade();
						case STAIRWAY -> session.stairway(noTrace, (name, step) -> runStep(node, name, step, listener));
						case DRIFT -> session.drift();
						case LINT -> session.lint();
						case OFFLINE -> session.offline();
						default -> throw new IllegalStateException("Unknown check " + node.check);
					}
				});
				listener.executionFinished(node, result);
			}
		}
		catch (Throwable ex) {
			listener.executionFinished(classNode, TestExecutionResult.failed(ex));
			return;
		}
		listener.executionFinished(classNode, TestExecutionResult.successful());
	}

	private static boolean runStep(Node stairway, String name, CheckSession.ThrowingStep step,
			EngineExecutionListener listener) {
		Node node = new Node(stairway.getUniqueId().append("revision", name.split(" ", 2)[0]), name,
				MethodSource.from(stairway.testClass.getName(), "stairway " + name), TestDescriptor.Type.TEST,
				stairway.testClass, null);
		stairway.addChild(node);
		listener.dynamicTestRegistered(node);
		listener.executionStarted(node);
		TestExecutionResult result = outcome(step);
		listener.executionFinished(node, result);
		return result.getStatus() != TestExecutionResult.Status.FAILED;
	}

	private static TestExecutionResult outcome(CheckSession.ThrowingStep step) {
		try {
			step.run();
			return TestExecutionResult.successful();
		}
		catch (TestAbortedException ex) {
			return TestExecutionResult.aborted(ex);
		}
		catch (Throwable ex) {
			return TestExecutionResult.failed(ex);
		}
	}

	/** A class, a check or a stairway step. */
	static final class Node extends AbstractTestDescriptor {

		private final Type type;

		private final Class<?> testClass;

		private final Check check;

		Node(UniqueId uniqueId, String displayName, org.junit.platform.engine.TestSource source, Type type,
				Class<?> testClass, Check check) {
			super(uniqueId, displayName, source);
			this.type = type;
			this.testClass = testClass;
			this.check = check;
		}

		@Override
		public Type getType() {
			return type;
		}

	}

}
