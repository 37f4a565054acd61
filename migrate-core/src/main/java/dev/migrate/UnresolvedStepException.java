package dev.migrate;

import java.util.List;

/**
 * A non-transactional step started and did not finish (it failed part-way, or its process
 * was killed or lost the lock). Its statements were not rolled back, so migrate runs
 * nothing past it until an operator has looked and recorded the outcome with
 * {@code migrate resolve REV --applied} or {@code --rolled-back}.
 */
public final class UnresolvedStepException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final String revision;

	private final String direction;

	private final List<String> completedStatements;

	public UnresolvedStepException(String message, String revision, String direction,
			List<String> completedStatements) {
		super(message);
		this.revision = revision;
		this.direction = direction;
		this.completedStatements = List.copyOf(completedStatements);
	}

	/** The revision whose step did not finish. */
	public String revision() {
		return revision;
	}

	/** {@code upgrade} or {@code downgrade}. */
	public String direction() {
		return direction;
	}

	/** Statements of the step known to have completed, in order. */
	public List<String> completedStatements() {
		return completedStatements;
	}

}
