package dev.migrate.internal.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.dialect.PostgresDialect;
import dev.migrate.ops.ColumnType;
import dev.migrate.ops.Operations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptRendererTest {

	@Test
	void rendersTerminatedStatementsSeparatedByBlankLinesWithInlinedParameters() {
		RecordingOperationExecutor recorder = new RecordingOperationExecutor();
		Operations op = new Operations(recorder);
		op.createTable("users", t -> t.column("id", ColumnType.BIGINT).comment("people"));
		op.execute("UPDATE users SET id = ? WHERE id = ? -- fix ids", 2, 1);

		SqlScript script = SqlScriptRenderer.render(recorder.operations(), new PostgresDialect());

		assertThat(script.text()).isEqualTo("""
				CREATE TABLE users (
				    id bigint
				);

				COMMENT ON TABLE users IS 'people';

				UPDATE users SET id = 2 WHERE id = 1 -- fix ids
				;
				""");
		assertThat(script.statements()).hasSize(3);
		assertThat(script.checksum()).isEqualTo(sha256(script.text())).hasSize(64);
	}

	@Test
	void noOperationsIsAnEmptyScript() {
		SqlScript script = SqlScriptRenderer.render(List.of(), new PostgresDialect());
		assertThat(script.text()).isEmpty();
		assertThat(script.checksum()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new AssertionError(ex);
		}
	}

}
