package dev.migrate.benchmarks.startup;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The workload's first table ({@code t_1}), so JPA has real mappings to build. */
@Entity
@Table(name = "t_1")
public class FirstTable extends WorkloadTable {

	protected FirstTable() {
	}

}
