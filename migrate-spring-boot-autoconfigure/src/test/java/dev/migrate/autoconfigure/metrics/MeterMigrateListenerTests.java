package dev.migrate.autoconfigure.metrics;

import dev.migrate.result.RevisionInfo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.LockWaitTimeoutException;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import dev.migrate.Transactional;
import dev.migrate.result.HistoryRecord;
import dev.migrate.result.MigrationStatus;
import dev.migrate.result.SourceLocation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

class MeterMigrateListenerTests {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final MigrationGauges gauges = new MigrationGauges(this.meters, new DefaultListableBeanFactory(),
			(engine) -> Tags.empty());

	@Test
	void recordsLockWaitsByOutcome() {
		MeterMigrateListener listener = new MeterMigrateListener(this.meters, "migrate", Tags.empty(), this.gauges);
		listener.lockAcquired(Duration.ofMillis(30));
		listener.lockFailed(Duration.ofSeconds(60), new LockWaitTimeoutException(Duration.ofSeconds(60), null));
		listener.lockFailed(Duration.ofMillis(1), new IllegalStateException("connection refused"));
		assertThat(this.meters.get("migrate.lock.wait")
			.tag("outcome", "acquired")
			.timer()
			.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(30);
		assertThat(this.meters.get("migrate.lock.wait").tag("outcome", "timeout").timer().count()).isEqualTo(1);
		assertThat(this.meters.get("migrate.lock.wait").tag("outcome", "failure").timer().count()).isEqualTo(1);
	}

	@Test
	void gaugesFollowTheLastRecordedState() {
		this.gauges.record("migrate", status(2, 1));
		assertThat(this.meters.get("migrate.revisions.pending").gauge().value()).isEqualTo(2);
		assertThat(this.meters.get("migrate.revisions.applied").gauge().value()).isEqualTo(1);
		this.gauges.record("migrate", status(0, 3));
		assertThat(this.meters.get("migrate.revisions.pending").gauge().value()).isZero();
		assertThat(this.meters.get("migrate.revisions.applied").gauge().value()).isEqualTo(3);
	}

	private static MigrationStatus status(int pending, int applied) {
		List<RevisionInfo> scripts = new ArrayList<>();
		for (int i = 0; i < pending; i++) {
			scripts.add(new RevisionInfo("p" + i, List.of(), Set.of(), List.of(), "", Transactional.TRUE, null,
					new SourceLocation("x.sql", 1), true));
		}
		List<HistoryRecord> history = new ArrayList<>();
		for (int i = 0; i < applied; i++) {
			history.add(new HistoryRecord(i, "a" + i, "upgrade", List.of(), List.of("a" + i), "c", "", Instant.now(), 1,
					true, null, "app", "host", null));
		}
		return new MigrationStatus(Set.of(), Set.of(), scripts, List.of(), history, null);
	}

}
