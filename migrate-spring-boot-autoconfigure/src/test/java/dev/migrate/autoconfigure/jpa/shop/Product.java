package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Sequence key, numeric precision, array, JSON, two many-to-many join tables. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_product_sku", columnNames = "sku"))
public class Product {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_ids")
	@SequenceGenerator(name = "product_ids", sequenceName = "product_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 32)
	private String sku;

	@Column(nullable = false)
	private String name;

	@Column(precision = 12, scale = 2, nullable = false)
	private BigDecimal price;

	@Column(length = 4000)
	private String description;

	private String[] keywords;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, Object> attributes;

	@ManyToMany
	private Set<Category> categories = new HashSet<>();

	@ManyToMany
	@JoinTable(name = "product_tag", joinColumns = @JoinColumn(name = "product_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	private Set<Tag> tags = new HashSet<>();

}
