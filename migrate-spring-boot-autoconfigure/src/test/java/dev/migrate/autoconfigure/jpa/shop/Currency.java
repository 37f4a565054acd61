package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** String primary key. */
@Entity
public class Currency {

	@Id
	@Column(length = 3)
	private String code;

	@Column(length = 40)
	private String name;

}
