package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.Comment;

/**
 * Identity key, unique column, two embedded addresses, enum by name, version, comments,
 * index.
 */
@Entity
@Table(indexes = @Index(name = "ix_customer_name", columnList = "name"))
@Comment("people who buy")
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 320)
	@Comment("login address")
	private String email;

	@Column(length = 100)
	private String name;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 200)),
			@AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 100)),
			@AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code", length = 16)),
			@AttributeOverride(name = "country", column = @Column(name = "billing_country", length = 2)) })
	private Address billingAddress;

	@Embedded
	private Address shippingAddress;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CustomerStatus status;

	private int loyaltyPoints;

	private Instant createdAt;

	@Version
	private long version;

}
