package dev.migrate.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.Transactional;
import dev.migrate.ops.Operations;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.result.SourceLocation;
import dev.migrate.internal.source.JavaRevisionException.Problem;
import dev.migrate.internal.source.fixtures.valid.AddAccountEmail;
import dev.migrate.internal.source.fixtures.valid.CreateAccounts;
import dev.migrate.internal.source.fixtures.valid.NotARevision;
import dev.migrate.internal.source.fixtures.valid.sub.BackfillAccounts;
import org.junit.jupiter.api.Test;

class JavaRevisionReaderTest {

	@Test
	void readsTheAnnotation() {
		CreateAccounts migration = new CreateAccounts();
		RevisionScript script = JavaRevisionReader.read(migration);

		assertThat(script.id()).isEqualTo("java0001");
		assertThat(script.parents()).isEmpty();
		assertThat(script.branchLabels()).containsExactly("accounts");
		assertThat(script.dependsOn()).isEmpty();
		assertThat(script.message()).isEqualTo("create accounts");
		assertThat(script.transactional()).isEqualTo(Transactional.AUTO);
		assertThat(script.checksum()).isNull();
		assertThat(script.location()).isEqualTo(new SourceLocation("class " + CreateAccounts.class.getName(), 0));
		assertThat(script.migration()).isSameAs(migration);
		assertThat(script.downgradable()).isTrue();
	}

	@Test
	void readsParentsDependenciesAndTransactionality() {
		RevisionScript script = JavaRevisionReader.read(new AddAccountEmail());

		assertThat(script.parents()).containsExactly("java0001");
		assertThat(script.dependsOn()).containsExactly("0001", "0002");
		assertThat(script.transactional()).isEqualTo(Transactional.FALSE);
	}

	@Test
	void isDowngradableOnlyWhenDowngradeIsOverridden() {
		assertThat(JavaRevisionReader.read(new AddAccountEmail()).downgradable()).isFalse();
		assertThat(JavaRevisionReader.read(new BackfillAccounts()).downgradable()).isTrue();
		assertThat(JavaRevisionReader.read(new DowngradeFromInterface()).downgradable()).isTrue();
	}

	@Test
	void readsSpringCglibProxiesThroughTheClassTheyExtend() {
		Proxied$$SpringCGLIB$$0 proxy = new Proxied$$SpringCGLIB$$0();
		RevisionScript script = JavaRevisionReader.read(proxy);

		assertThat(script.id()).isEqualTo("prox0001");
		assertThat(script.location().file()).isEqualTo("class " + Proxied.class.getName());
		assertThat(script.downgradable()).as("the proxy overrides downgrade, the user class does not").isFalse();
		assertThat(script.migration()).isSameAs(proxy);
	}

	@Test
	void rejectsAMigrationWithoutAnnotation() {
		assertThatThrownBy(() -> JavaRevisionReader.read(new NotARevision()))
			.isInstanceOfSatisfying(JavaRevisionException.class, e -> {
				assertThat(e.problem()).isEqualTo(Problem.NOT_ANNOTATED);
				assertThat(e.location().file()).isEqualTo("class " + NotARevision.class.getName());
			})
			.hasMessageContaining("add @Revision(id = ");
		Migration lambda = op -> op.execute("SELECT 1");
		assertThatThrownBy(() -> JavaRevisionReader.read(lambda)).isInstanceOfSatisfying(JavaRevisionException.class,
				e -> assertThat(e.problem()).isEqualTo(Problem.NOT_ANNOTATED));
	}

	@Test
	void rejectsInvalidIds() {
		assertProblem(new BadId(), Problem.INVALID_ID, "@Revision id 'bad-id' is not valid");
		assertProblem(new BadParent(), Problem.INVALID_ID, "@Revision revises lists ''");
		assertProblem(new BadDependency(), Problem.INVALID_ID, "@Revision dependsOn lists 'a b'");
	}

	@Test
	void rejectsInvalidBranchLabels() {
		assertProblem(new ReservedLabel(), Problem.INVALID_BRANCH_LABEL, "@Revision branch label 'head' is not valid");
	}

	@Test
	void rejectsDuplicateEntries() {
		assertProblem(new DuplicateParent(), Problem.DUPLICATE_VALUE, "@Revision revises lists 'abcd' twice");
	}

	private static void assertProblem(Migration migration, Problem problem, String message) {
		assertThatThrownBy(() -> JavaRevisionReader.read(migration))
			.isInstanceOfSatisfying(JavaRevisionException.class, e -> {
				assertThat(e.problem()).isEqualTo(problem);
				assertThat(e.location()).isEqualTo(new SourceLocation("class " + migration.getClass().getName(), 0));
			})
			.hasMessageStartingWith("class " + migration.getClass().getName() + ": " + message);
	}

	private abstract static class Noop implements Migration {

		@Override
		public void upgrade(Operations op) {
		}

	}

	interface ReversibleByDefault extends Migration {

		@Override
		default void downgrade(Operations op) {
		}

	}

	@Revision(id = "intf0001")
	static final class DowngradeFromInterface implements ReversibleByDefault {

		@Override
		public void upgrade(Operations op) {
		}

	}

	@Revision(id = "prox0001")
	static class Proxied extends Noop {

	}

	/** Shaped like a Spring CGLIB proxy: a generated subclass overriding every method. */
	static final class Proxied$$SpringCGLIB$$0 extends Proxied {

		@Override
		public void upgrade(Operations op) {
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	@Revision(id = "bad-id")
	static final class BadId extends Noop {

	}

	@Revision(id = "abcd", revises = "")
	static final class BadParent extends Noop {

	}

	@Revision(id = "abcd", dependsOn = "a b")
	static final class BadDependency extends Noop {

	}

	@Revision(id = "abcd", branchLabels = { "billing", "head" })
	static final class ReservedLabel extends Noop {

	}

	@Revision(id = "dup0001", revises = { "abcd", "abcd" })
	static final class DuplicateParent extends Noop {

	}

}
