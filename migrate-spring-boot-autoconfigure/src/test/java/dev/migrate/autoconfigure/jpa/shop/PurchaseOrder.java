package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * UUID key, enum by ordinal, element collection of strings, bidirectional one-to-many.
 */
@Entity
@Table(name = "orders")
public class PurchaseOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(nullable = false)
	private Customer customer;

	private OffsetDateTime placedAt;

	private OrderStatus status;

	@ElementCollection
	@CollectionTable(name = "order_coupon_code")
	@Column(name = "code", length = 32)
	private Set<String> couponCodes = new HashSet<>();

	@OneToMany(mappedBy = "order")
	private List<OrderLine> lines = new ArrayList<>();

}
