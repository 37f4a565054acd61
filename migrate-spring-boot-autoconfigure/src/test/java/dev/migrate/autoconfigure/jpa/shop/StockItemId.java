package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** Embedded composite key of StockItem. */
@Embeddable
public class StockItemId implements Serializable {

	private static final long serialVersionUID = 1L;

	private Long warehouseId;

	private Long productId;

	@Override
	public boolean equals(Object other) {
		return other instanceof StockItemId id && java.util.Objects.equals(warehouseId, id.warehouseId)
				&& java.util.Objects.equals(productId, id.productId);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(warehouseId, productId);
	}

}
