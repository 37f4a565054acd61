package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.NaturalId;
import org.hibernate.type.SqlTypes;

/** Char primary key and a natural id (a unique key). */
@Entity
public class Country {

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 2)
	private String code;

	@NaturalId
	@Column(length = 3)
	private String isoNumeric;

	@Column(nullable = false, length = 80)
	private String name;

}
