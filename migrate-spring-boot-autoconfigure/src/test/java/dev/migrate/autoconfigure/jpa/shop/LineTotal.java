package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import org.hibernate.annotations.GeneratedColumn;

/** Generated (computed) column. */
@Entity
public class LineTotal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(precision = 10, scale = 2)
	private BigDecimal price;

	private int quantity;

	@GeneratedColumn("price * quantity")
	@Column(precision = 12, scale = 2)
	private BigDecimal total;

}
