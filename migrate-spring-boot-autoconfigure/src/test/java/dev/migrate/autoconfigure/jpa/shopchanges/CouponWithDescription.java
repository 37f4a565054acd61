package dev.migrate.autoconfigure.jpa.shopchanges;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.ColumnDefault;

/** Coupon after a change: longer code, one more column. */
@Entity(name = "Coupon")
@Table(name = "coupon")
public class CouponWithDescription {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 64)
	private String code;

	private short discountPercent;

	private LocalDate validUntil;

	@ColumnDefault("true")
	@Column(nullable = false)
	private boolean active;

	@Column(length = 200)
	private String description;

}
