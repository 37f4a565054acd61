package dev.migrate;

import dev.migrate.result.ChecksumMismatch;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Applied revisions were edited after they ran; upgrade refuses to continue while
 * checksums are validated.
 */
public class ChecksumMismatchException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final transient List<ChecksumMismatch> mismatches;

	public ChecksumMismatchException(List<ChecksumMismatch> mismatches) {
		super("Applied revisions were changed after they ran:\n"
				+ mismatches.stream().map(m -> "  " + m).collect(Collectors.joining("\n"))
				+ "\nRestore the original files (write a new revision for further changes), or set "
				+ "migrate.validate-checksums=false to accept the edits.");
		this.mismatches = List.copyOf(mismatches);
	}

	public List<ChecksumMismatch> mismatches() {
		return mismatches;
	}

}
