package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** Mapped superclass contributing columns to its subclasses' tables. */
@MappedSuperclass
public abstract class Audited {

	@Column(nullable = false)
	private Instant createdAt;

	private Instant updatedAt;

}
