package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/** Embedded id whose parts are foreign keys through @MapsId. */
@Entity
public class StockItem {

	@EmbeddedId
	private StockItemId id;

	@MapsId("warehouseId")
	@ManyToOne
	private Warehouse warehouse;

	@MapsId("productId")
	@ManyToOne
	private Product product;

	private int quantity;

}
