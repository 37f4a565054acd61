package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Composite key through @IdClass. */
@Entity
@IdClass(PriceHistoryKey.class)
public class PriceHistory {

	@Id
	private Long productId;

	@Id
	private LocalDate validFrom;

	@Column(precision = 12, scale = 2, nullable = false)
	private BigDecimal price;

}
