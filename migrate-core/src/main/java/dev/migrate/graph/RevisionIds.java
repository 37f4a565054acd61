package dev.migrate.graph;

import java.util.Set;

/** The lexical rules for revision ids and branch labels (CONTRACTS §1), shared by graph and parser. */
final class RevisionIds {

    static final int MAX_LENGTH = 64;
    static final int MIN_PREFIX = 4;
    /** Words with a meaning in targets; a label spelled like one could never be addressed. */
    static final Set<String> KEYWORDS = Set.of("head", "heads", "base");

    private RevisionIds() {
    }

    /** True for 1-64 characters of {@code [A-Za-z0-9_]}; used for ids and branch labels alike. */
    static boolean isValid(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
