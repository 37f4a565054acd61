package dev.migrate.autoconfigure.jpa;

import java.util.Map;

/**
 * The drift endpoint's body when the application has several engines.
 *
 * @param engines each engine's drift report by bean name
 */
public record DriftEnginesDescriptor(Map<String, DriftReportDescriptor> engines) implements DriftDescriptor {
}
