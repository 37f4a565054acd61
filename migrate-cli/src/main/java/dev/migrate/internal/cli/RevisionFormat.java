package dev.migrate.internal.cli;

import dev.migrate.result.AheadRevision;
import dev.migrate.result.FailedStep;
import dev.migrate.result.HistoryRecord;
import dev.migrate.result.RevisionInfo;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The text forms of a revision, modelled on Alembic's: the one-line
 * {@code <parents> -> <id> (head), <message>} of {@code history}, the {@code <id> (head)}
 * of {@code current} and {@code heads}, and the {@code Rev:} block of {@code -v} and
 * {@code show}.
 */
final class RevisionFormat {

	static final String BASE = "<base>";

	private RevisionFormat() {
	}

	/**
	 * {@code 3a8f1c2d4b7e -> 9c3e5f8a1d2b (billing) (head) (current), add phone_number to users}.
	 */
	static String line(RevisionInfo revision, Markers markers) {
		String parents = revision.revises().isEmpty() ? BASE : String.join(", ", revision.revises());
		return parents + " -> " + id(revision, markers) + messageSuffix(revision);
	}

	/**
	 * {@code 9c3e5f8a1d2b (billing) (head)}: the id with its branch labels and markers.
	 */
	static String id(RevisionInfo revision, Markers markers) {
		StringBuilder text = new StringBuilder(revision.id());
		if (!revision.branchLabels().isEmpty()) {
			text.append(" (").append(String.join(", ", revision.branchLabels())).append(')');
		}
		return text.append(markers).toString();
	}

	/**
	 * The verbose block: every fact about the revision, then its message indented, then a
	 * blank line. {@code children} may be empty; {@code applied} is the last successful
	 * run, or null.
	 */
	static String verbose(RevisionInfo revision, Markers markers, List<String> children, HistoryRecord applied) {
		return verbose(revision, markers, children, applied, null);
	}

	/**
	 * The verbose block with an {@code Unfinished:} line for a step awaiting
	 * {@code resolve} ({@code unfinished} may be null).
	 */
	static String verbose(RevisionInfo revision, Markers markers, List<String> children, HistoryRecord applied,
			FailedStep unfinished) {
		StringBuilder text = new StringBuilder();
		text.append("Rev: ").append(id(revision, markers)).append('\n');
		if (revision.isMerge()) {
			text.append("Merges: ").append(String.join(", ", revision.revises())).append('\n');
		}
		else {
			text.append("Parent: ").append(revision.isBase() ? BASE : revision.revises().get(0)).append('\n');
		}
		if (children.size() > 1) {
			text.append("Branches into: ").append(String.join(", ", children)).append('\n');
		}
		if (!revision.branchLabels().isEmpty()) {
			text.append("Branch names: ").append(String.join(", ", revision.branchLabels())).append('\n');
		}
		if (!revision.dependsOn().isEmpty()) {
			text.append("Depends on: ").append(String.join(", ", revision.dependsOn())).append('\n');
		}
		text.append("Path: ").append(revision.location()).append('\n');
		text.append("Transactional: ").append(revision.transactional().name().toLowerCase(Locale.ROOT)).append('\n');
		if (revision.checksum() != null) {
			text.append("Checksum: ").append(revision.checksum()).append('\n');
		}
		if (!revision.downgradable()) {
			text.append("Downgrade: none (irreversible)\n");
		}
		if (applied != null) {
			text.append("Applied: ")
				.append(applied.startedAt())
				.append(" by ")
				.append(applied.appliedBy())
				.append(applied.host() == null ? "" : " on " + applied.host())
				.append(" in ")
				.append(applied.durationMs())
				.append(" ms\n");
		}
		if (unfinished != null) {
			text.append("Unfinished: ").append(unfinished(unfinished)).append('\n');
			unfinished.completedStatements()
				.forEach(statement -> text.append("    completed: ").append(statement).append('\n'));
		}
		text.append('\n');
		if (!revision.message().isEmpty()) {
			revision.message().lines().forEach(line -> text.append("    ").append(line).append('\n'));
			text.append('\n');
		}
		return text.toString();
	}

	/**
	 * A step awaiting {@code resolve}: {@code n0002 upgrade failed, started <when>, 2
	 * statement(s) completed; resolve with 'migrate resolve n0002 --applied' or
	 * '--rolled-back'}.
	 */
	static String unfinished(FailedStep step) {
		return step.revision() + " " + step.direction() + " " + step.state() + ", started " + step.startedAt() + ", "
				+ step.completedStatements().size() + " statement(s) completed; resolve with 'migrate resolve "
				+ step.revision() + " --applied' or '--rolled-back'";
	}

	/** {@code <base>} for no heads, else the ids comma separated. */
	static String heads(Collection<String> heads) {
		return heads.isEmpty() ? BASE : String.join(", ", heads);
	}

	/** {@code ", <first line of the message>"}, or nothing when there is no message. */
	static String messageSuffix(RevisionInfo revision) {
		return revision.message().isEmpty() ? "" : ", " + revision.message().lines().findFirst().orElse("");
	}

	/**
	 * {@code ahead of this release by 1 revision: 5e6f7a8b9c0d (applied 2026-...)}: the
	 * database has revisions the next release applied.
	 */
	static String ahead(List<AheadRevision> ahead) {
		return "ahead of this release by " + ahead.size() + (ahead.size() == 1 ? " revision: " : " revisions: ")
				+ ahead.stream()
					.map(revision -> revision.revision()
							+ (revision.appliedAt() == null ? "" : " (applied " + revision.appliedAt() + ")"))
					.collect(Collectors.joining(", "));
	}

	/**
	 * The database has revisions this release does not know and lacks some of its own.
	 */
	static String diverged(List<AheadRevision> ahead, List<String> missing) {
		return "diverged from this release: it has "
				+ ahead.stream().map(AheadRevision::revision).collect(Collectors.joining(", "))
				+ ", which this release does not know, but not this release's " + String.join(", ", missing)
				+ " (see 'migrate verify')";
	}

}
