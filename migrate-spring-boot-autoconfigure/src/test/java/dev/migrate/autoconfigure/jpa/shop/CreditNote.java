package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** Table-per-class subclass. */
@Entity
public class CreditNote extends Document {

	@Column(length = 500)
	private String reason;

}
