package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;

/** Root of a joined hierarchy. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Shipment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne
	private PurchaseOrder order;

	private LocalDateTime shippedAt;

}
