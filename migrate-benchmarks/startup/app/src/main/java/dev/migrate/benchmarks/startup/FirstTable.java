package dev.migrate.benchmarks.startup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The workload's first table ({@code t_1}), so JPA has real mappings to build. */
@Entity
@Table(name = "t_1")
public class FirstTable {

	@Id
	private Long id;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	protected FirstTable() {
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
