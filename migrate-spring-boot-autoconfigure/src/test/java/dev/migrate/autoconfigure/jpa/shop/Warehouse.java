package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;

/** Ordered element collection of embeddables in a named collection table. */
@Entity
public class Warehouse extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 10)
	private String code;

	@ElementCollection
	@CollectionTable(name = "warehouse_opening_hours", joinColumns = @JoinColumn(name = "warehouse_id"))
	@OrderColumn(name = "position")
	private List<OpeningHours> openingHours = new ArrayList<>();

}
