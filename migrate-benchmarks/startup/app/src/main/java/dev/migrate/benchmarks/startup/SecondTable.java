package dev.migrate.benchmarks.startup;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The workload's second table ({@code t_2}), so JPA has real mappings to build. */
@Entity
@Table(name = "t_2")
public class SecondTable extends WorkloadTable {

	protected SecondTable() {
	}

}
