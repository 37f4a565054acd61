package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** Joined subclass: its own table keyed by the parent. */
@Entity
public class ParcelShipment extends Shipment {

	@Column(length = 40)
	private String trackingNumber;

}
