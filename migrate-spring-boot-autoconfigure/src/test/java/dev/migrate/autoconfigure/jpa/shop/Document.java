package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;

/** Root of a table-per-class hierarchy: abstract, so it has no table of its own. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Document {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_ids")
	@SequenceGenerator(name = "document_ids", sequenceName = "document_seq", allocationSize = 10)
	private Long id;

	private LocalDate issuedOn;

}
