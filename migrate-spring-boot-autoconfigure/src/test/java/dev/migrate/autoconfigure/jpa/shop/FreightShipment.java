package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** Joined subclass with a named primary key join column. */
@Entity
@PrimaryKeyJoinColumn(name = "shipment_id")
public class FreightShipment extends Shipment {

	private double weightKg;

}
