package dev.migrate.autoconfigure.jpa.shop;

import java.io.Serializable;
import java.time.LocalDate;

/** Id class of PriceHistory. */
public class PriceHistoryKey implements Serializable {

	private static final long serialVersionUID = 1L;

	private Long productId;

	private LocalDate validFrom;

	@Override
	public boolean equals(Object other) {
		return other instanceof PriceHistoryKey key && java.util.Objects.equals(productId, key.productId)
				&& java.util.Objects.equals(validFrom, key.validFrom);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(productId, validFrom);
	}

}
