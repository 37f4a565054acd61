package dev.migrate.benchmarks.startup;

import org.springframework.data.jpa.repository.JpaRepository;

/** A Spring Data repository, as an application has. */
public interface FirstTableRepository extends JpaRepository<FirstTable, Long> {

}
