package dev.migrate.benchmarks.startup;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/** The columns every table of the workload has. */
@MappedSuperclass
public abstract class WorkloadTable {

	@Id
	private Long id;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	protected WorkloadTable() {
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public OffsetDateTime getCreatedAt() {
		return this.createdAt;
	}

}
