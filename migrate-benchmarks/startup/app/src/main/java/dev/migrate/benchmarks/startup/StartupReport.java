package dev.migrate.benchmarks.startup;

import java.io.PrintStream;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

/**
 * Prints the recorded startup steps that belong to the migration tool, one
 * {@code STEP <name> <ms> <tags>} line each: migrate's own steps ({@code migrate.*}), and
 * the instantiation of the beans through which each tool does its startup work, so the
 * tools' shares can be read side by side.
 */
final class StartupReport {

	/** The beans whose creation runs a tool's startup migration. */
	private static final Set<String> TOOL_BEANS = Set.of("migrate", "migrateInitializer", "flyway", "flywayInitializer",
			"liquibase", "entityManagerFactory");

	private StartupReport() {
	}

	static void print(StartupTimeline timeline, PrintStream out) {
		for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
			String name = event.getStartupStep().getName();
			String bean = tag(event.getStartupStep(), "beanName");
			if (name.startsWith("migrate.")
					|| (name.equals("spring.beans.instantiate") && bean != null && TOOL_BEANS.contains(bean))) {
				StringBuilder tags = new StringBuilder();
				event.getStartupStep()
					.getTags()
					.forEach((tag) -> tags.append(' ').append(tag.getKey()).append('=').append(tag.getValue()));
				out.printf("STEP %s %.3f%s%n", name, event.getDuration().toNanos() / 1e6, tags);
			}
		}
	}

	private static @Nullable String tag(StartupStep step, String key) {
		for (StartupStep.Tag tag : step.getTags()) {
			if (tag.getKey().equals(key)) {
				return tag.getValue();
			}
		}
		return null;
	}

}
