package dev.migrate.autoconfigure.revisionbeans;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An application whose Java revision beans inject a {@code JdbcTemplate}, a
 * {@code JdbcClient}, the {@code DataSource} and a Spring Data repository, and whose
 * {@link NotesReport} reads the migrated table while the context starts.
 */
@SpringBootApplication
public class NotesApplication {

	/** Reads the notes when it is created: after the startup migration, or it fails. */
	@Component
	static class NotesReport {

		final java.util.List<String> bodiesAtStartup;

		NotesReport(JdbcTemplate jdbcTemplate) {
			this.bodiesAtStartup = jdbcTemplate.queryForList("SELECT body FROM notes ORDER BY id", String.class);
		}

	}

}
