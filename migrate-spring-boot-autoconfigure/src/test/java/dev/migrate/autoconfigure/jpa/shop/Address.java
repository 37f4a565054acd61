package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Embeddable address, used twice by Customer with overridden column names. */
@Embeddable
public class Address {

	@Column(length = 200)
	private String street;

	@Column(length = 100)
	private String city;

	@Column(length = 16)
	private String postalCode;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 2)
	private String country;

}
