package dev.migrate.benchmarks.startup;

import java.lang.management.ManagementFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application whose start {@code AppStartupBenchmark} times: web, JPA (two entities
 * on the workload's first tables, Hibernate creating nothing) and actuator, with
 * whichever migration tool its class path holds. It prints {@code READY_MS}, the time
 * from the JVM's start to {@link ApplicationReadyEvent}, and exits. With
 * {@code -Dbench.steps=true} it records startup steps
 * ({@link BufferingApplicationStartup}) and prints the migration tool's
 * ({@link StartupReport}); that recording costs time of its own, so the timed runs go
 * without it.
 */
@SpringBootApplication
public class StartupApp {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(StartupApp.class);
		@Nullable BufferingApplicationStartup steps = Boolean.getBoolean("bench.steps") ? new BufferingApplicationStartup(20_000)
				: null;
		if (steps != null) {
			application.setApplicationStartup(steps);
		}
		application.addListeners((ApplicationReadyEvent event) -> {
			System.out.println(
					"READY_MS " + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
			// CPU time of the main thread (the start's critical path) and of the whole
			// process: far steadier from run to run than wall time on a shared machine.
			System.out
				.println("MAIN_CPU_MS " + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
			if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
				System.out.println("PROCESS_CPU_MS " + os.getProcessCpuTime() / 1_000_000);
			}
		});
		ConfigurableApplicationContext context = application.run(args);
		if (steps != null) {
			StartupReport.print(steps.getBufferedTimeline(), System.out);
		}
		System.exit(SpringApplication.exit(context));
	}

}
