package dev.migrate.benchmarks.startup;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

/**
 * Prints the recorded startup steps that belong to the migration tool, one
 * {@code STEP <name> <ms> <tags>} line each: migrate's own steps ({@code migrate.*}), and
 * the instantiation of the beans through which each tool does its startup work; then one
 * {@code TOOL <ms>} line, the tool's own part of the start, so the tools' shares can be
 * read side by side.
 *
 * <p>
 * A tool's own part is the time spent creating its beans (a bean is the tool's when its
 * name or type names the tool), less the time spent inside them creating beans that are
 * not the tool's: the migration bean asks for the {@code DataSource} and the
 * {@code MeterRegistry}, which the application creates with or without a tool.
 */
final class StartupReport {

	/** The beans whose creation runs a tool's startup migration. */
	private static final Set<String> TOOL_BEANS = Set.of("migrate", "migrateInitializer", "flyway", "flywayInitializer",
			"liquibase", "entityManagerFactory");

	private static final String INSTANTIATE = "spring.beans.instantiate";

	private StartupReport() {
	}

	static void print(StartupTimeline timeline, PrintStream out) {
		List<StartupTimeline.TimelineEvent> events = timeline.getEvents();
		Map<Long, StartupTimeline.TimelineEvent> byId = new HashMap<>();
		events.forEach((event) -> byId.put(event.getStartupStep().getId(), event));
		Duration own = Duration.ZERO;
		for (StartupTimeline.TimelineEvent event : events) {
			StartupStep step = event.getStartupStep();
			String name = step.getName();
			String bean = tag(step, "beanName");
			if (name.startsWith("migrate.")
					|| (name.equals(INSTANTIATE) && bean != null && TOOL_BEANS.contains(bean))) {
				StringBuilder tags = new StringBuilder();
				step.getTags()
					.forEach((tag) -> tags.append(' ').append(tag.getKey()).append('=').append(tag.getValue()));
				out.printf("STEP %s %.3f%s%n", name, event.getDuration().toNanos() / 1e6, tags);
			}
			if (Boolean.getBoolean("bench.steps.inside") && hasToolBeanAncestor(step, byId)) {
				// Everything recorded inside the tool's beans, to see where their time
				// goes.
				out.printf("INSIDE %s %s %.3f%n", name, bean, event.getDuration().toNanos() / 1e6);
			}
			if (isToolBean(step) && !hasToolBeanAncestor(step, byId)) {
				own = own.plus(event.getDuration());
				if (Boolean.getBoolean("bench.steps.inside")) {
					out.printf("TOOLBEAN %s %.3f%n", bean, event.getDuration().toNanos() / 1e6);
				}
			}
			else if (name.equals(INSTANTIATE) && !isToolBean(step) && hasToolBeanAncestor(step, byId)
					&& !hasOtherBeanBetween(step, byId)) {
				// An application bean created inside a tool bean: not the tool's cost.
				own = own.minus(event.getDuration());
				if (Boolean.getBoolean("bench.steps.inside")) {
					out.printf("APPBEAN %s %.3f%n", bean, event.getDuration().toNanos() / 1e6);
				}
			}
		}
		out.printf("TOOL %.3f%n", own.toNanos() / 1e6);
	}

	/** A bean of migrate, Flyway or Liquibase, by its name or type. */
	private static boolean isToolBean(StartupStep step) {
		if (!step.getName().equals(INSTANTIATE)) {
			return false;
		}
		String description = (tag(step, "beanName") + " " + tag(step, "beanType")).toLowerCase(Locale.ROOT)
			.replace("dev.migrate.benchmarks.", "");
		return description.contains("migrate") || description.contains("flyway") || description.contains("liquibase");
	}

	private static boolean hasToolBeanAncestor(StartupStep step, Map<Long, StartupTimeline.TimelineEvent> byId) {
		for (StartupStep parent = parent(step, byId); parent != null; parent = parent(parent, byId)) {
			if (isToolBean(parent)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether an application bean sits between this bean and its nearest tool bean: then
	 * that outer application bean's time is already taken off.
	 */
	private static boolean hasOtherBeanBetween(StartupStep step, Map<Long, StartupTimeline.TimelineEvent> byId) {
		for (StartupStep parent = parent(step, byId); parent != null; parent = parent(parent, byId)) {
			if (isToolBean(parent)) {
				return false;
			}
			if (parent.getName().equals(INSTANTIATE)) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable StartupStep parent(StartupStep step, Map<Long, StartupTimeline.TimelineEvent> byId) {
		Long parentId = step.getParentId();
		StartupTimeline.TimelineEvent parent = (parentId != null) ? byId.get(parentId) : null;
		return (parent != null) ? parent.getStartupStep() : null;
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
