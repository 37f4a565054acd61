package dev.migrate.autoconfigure.lint;

import java.util.Map;

/**
 * The lint endpoint's body when the application has several engines.
 *
 * @param engines each engine's lint report by bean name
 */
public record LintEnginesDescriptor(Map<String, LintReportDescriptor> engines) implements LintDescriptor {
}
