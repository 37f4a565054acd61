package dev.migrate.autoconfigure.refused;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Allocates ids 10 at a time from {@code ticket_ids}, which revision {@code c1d2e3f4a5b6}
 * creates with an increment of 50: Hibernate refuses to start on that database.
 */
@Entity
@Table(name = "tickets")
public class Ticket {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_ids")
	@SequenceGenerator(name = "ticket_ids", sequenceName = "ticket_ids", allocationSize = 10)
	private Long id;

	private String title;

	protected Ticket() {
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

}
