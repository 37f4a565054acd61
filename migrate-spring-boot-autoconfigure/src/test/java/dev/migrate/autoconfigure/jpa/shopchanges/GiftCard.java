package dev.migrate.autoconfigure.jpa.shopchanges;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.UUID;

/** A new entity. */
@Entity
public class GiftCard {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	@Column(precision = 12, scale = 2, nullable = false)
	private BigDecimal balance;

	@Column(length = 3, nullable = false)
	private String currency;

}
