package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Natural string primary key. */
@Entity
public class Setting {

	@Id
	@Column(length = 100)
	private String name;

	@Column(length = 1000)
	private String value;

}
