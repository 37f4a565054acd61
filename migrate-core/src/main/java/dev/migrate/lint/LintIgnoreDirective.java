package dev.migrate.lint;

import dev.migrate.revision.SourceLocation;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One suppression: a {@code -- migrate:lint-ignore RULE[,RULE...] reason} comment in a SQL revision or
 * a {@link LintIgnore} annotation on a Java revision.
 *
 * @param rules    the rule ids it silences
 * @param reason   why it is safe here; blank means the directive is invalid and silences nothing
 * @param location where it was written
 */
public record LintIgnoreDirective(List<String> rules, String reason, SourceLocation location) {

    /** The comment prefix, after {@code --}. */
    public static final String PREFIX = "migrate:lint-ignore";

    public LintIgnoreDirective {
        rules = List.copyOf(rules);
        reason = reason == null ? "" : reason.trim();
        Objects.requireNonNull(location, "location");
    }

    /** True when a reason is given; only then does the directive silence anything. */
    public boolean hasReason() {
        return !reason.isEmpty();
    }

    /**
     * Parses the text of a {@code --} comment (without the dashes). Returns empty when the comment is
     * not a directive.
     */
    public static Optional<LintIgnoreDirective> parse(String comment, SourceLocation location) {
        String text = comment.trim();
        if (!text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = text.substring(PREFIX.length());
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return Optional.empty();
        }
        rest = rest.trim();
        int space = indexOfWhitespace(rest);
        String ruleList = space < 0 ? rest : rest.substring(0, space);
        String reason = space < 0 ? "" : rest.substring(space).trim();
        List<String> rules = Arrays.stream(ruleList.split(","))
                .map(String::trim)
                .filter(rule -> !rule.isEmpty())
                .toList();
        return Optional.of(new LintIgnoreDirective(rules, reason, location));
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
