package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** Table-per-class subclass. */
@Entity
public class Invoice extends Document {

	@Column(nullable = false, length = 20)
	private String number;

	@Column(precision = 12, scale = 2)
	private BigDecimal total;

}
