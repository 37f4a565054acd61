package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;

/** Two foreign keys and a named multi-column unique constraint. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_order_line_product",
		columnNames = { "order_id", "product_id" }))
public class OrderLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	private PurchaseOrder order;

	@ManyToOne(optional = false)
	private Product product;

	private int quantity;

	@Column(precision = 10, scale = 2)
	private BigDecimal unitPrice;

}
