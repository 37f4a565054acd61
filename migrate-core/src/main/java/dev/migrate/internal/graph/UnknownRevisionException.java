package dev.migrate.internal.graph;

import dev.migrate.internal.revision.RevisionIds;

/** A reference that is neither a revision id, a unique id prefix, nor a branch label. */
public final class UnknownRevisionException extends TargetException {

	private static final long serialVersionUID = 1L;

	private final String reference;

	public UnknownRevisionException(String target, String reference) {
		super(target, "No revision or branch label matches '" + reference + "'"
				+ (target.equals(reference) ? "" : " (in target '" + target + "')")
				+ (reference.length() < RevisionIds.MIN_PREFIX
						? "; a revision id prefix needs at least " + RevisionIds.MIN_PREFIX + " characters" : "")
				+ ". Run `migrate history` or `migrate heads` to see the revisions.");
		this.reference = reference;
	}

	public String reference() {
		return reference;
	}

}
