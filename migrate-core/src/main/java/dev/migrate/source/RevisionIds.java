package dev.migrate.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The spelling rules for revision ids and branch labels, shared by SQL files and Java revisions.
 */
public final class RevisionIds {

    /** How the rule for ids reads in error messages. */
    public static final String ID_RULE = "1-64 characters of A-Z, a-z, 0-9 and _";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_]{1,64}");

    /** Words the target syntax gives a meaning of its own: a label named like this could never be addressed. */
    private static final Set<String> RESERVED_LABELS = Set.of("head", "heads", "base");

    private RevisionIds() {
    }

    /** Whether {@code id} is 1-64 characters of {@code [A-Za-z0-9_]}. */
    public static boolean isValidId(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /**
     * Whether {@code label} can be used as a branch label: spelled like an id (so {@code label@head},
     * {@code label@-1} and {@code from:to} stay unambiguous) and not one of {@code head}, {@code heads},
     * {@code base}.
     */
    public static boolean isValidBranchLabel(String label) {
        return isValidId(label) && !RESERVED_LABELS.contains(label.toLowerCase(Locale.ROOT));
    }
}
