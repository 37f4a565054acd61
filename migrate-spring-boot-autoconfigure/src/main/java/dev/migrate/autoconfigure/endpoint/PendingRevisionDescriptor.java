package dev.migrate.autoconfigure.endpoint;

import dev.migrate.Transactional;
import dev.migrate.result.RevisionInfo;
import java.util.List;

/**
 * A revision that has not been applied yet.
 *
 * @param revision the revision id
 * @param message the revision's message
 * @param revises its parent revision ids
 * @param transactional whether it runs in a transaction
 */
public record PendingRevisionDescriptor(String revision, String message, List<String> revises, boolean transactional) {

	static PendingRevisionDescriptor of(RevisionInfo script) {
		// AUTO (Java revisions) runs in a transaction unless an operation forbids it; the
		// endpoint
		// shows the common case rather than rendering the revision on every read.
		return new PendingRevisionDescriptor(script.id(), script.message(), script.revises(),
				script.transactional() != Transactional.FALSE);
	}
}
