package dev.migrate.internal.lint;

import dev.migrate.LintIgnore;
import dev.migrate.result.SourceLocation;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One suppression: a {@code -- migrate:lint-ignore RULE[,RULE...] reason} comment in a
 * SQL revision or a {@link LintIgnore} annotation on a Java revision.
 *
 * @param rules the rule ids it silences
 * @param reason why it is safe here; blank means the directive is invalid and silences
 * nothing
 * @param location where it was written
 */
public record LintIgnoreDirective(List<String> rules, String reason, SourceLocation location) {

	/** The comment prefix, after {@code --}. */
	public static final String PREFIX = "migrate:lint-ignore";

	/**
	 * {@code rule[, rule...] reason}: commas may have spaces around them, the reason is
	 * the rest.
	 */
	private static final Pattern RULES_THEN_REASON = Pattern
		.compile("([A-Za-z0-9_-]+(?:\\s*,\\s*[A-Za-z0-9_-]+)*)\\s*(.*)", Pattern.DOTALL);

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
	 * Parses the text of a {@code --} comment (without the dashes). Returns empty when
	 * the comment is not a directive.
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
		Matcher matcher = RULES_THEN_REASON.matcher(rest.trim());
		if (!matcher.matches()) {
			return Optional.of(new LintIgnoreDirective(List.of(), rest.trim(), location));
		}
		List<String> rules = Arrays.stream(matcher.group(1).split(",")).map(String::trim).toList();
		String reason = matcher.group(2);
		return Optional.of(new LintIgnoreDirective(rules, reason, location));
	}
}
