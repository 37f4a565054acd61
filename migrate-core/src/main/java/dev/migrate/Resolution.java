package dev.migrate;

/**
 * An operator's decision recorded by {@code migrate resolve REV}.
 */
public enum Resolution {

	/**
	 * The failed or interrupted non-transactional step's changes are all in place (its
	 * remaining statements were finished by hand): record the revision as applied.
	 */
	APPLIED("--applied"),

	/**
	 * The failed or interrupted non-transactional step's completed statements were undone
	 * by hand: record it as not applied, so the next upgrade runs it again.
	 */
	ROLLED_BACK("--rolled-back"),

	/**
	 * The applied revision was edited on purpose: record its current checksum, so that
	 * {@code verify} and {@code upgrade} accept it from now on.
	 */
	ACCEPT_CHECKSUM("--accept-checksum");

	private final String option;

	Resolution(String option) {
		this.option = option;
	}

	/** The command-line option that chooses it. */
	public String option() {
		return option;
	}

}
