package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** Joined subclass. */
@Entity
public class PickupShipment extends Shipment {

	@Column(length = 60)
	private String pickupPoint;

}
