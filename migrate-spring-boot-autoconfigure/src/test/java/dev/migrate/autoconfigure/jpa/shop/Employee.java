package dev.migrate.autoconfigure.jpa.shop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import java.util.HashMap;
import java.util.Map;

/** Self reference and a map element collection with a key column. */
@Entity
public class Employee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne
	private Employee manager;

	@ManyToOne
	private Department department;

	@ElementCollection
	@CollectionTable(name = "employee_skill")
	@MapKeyColumn(name = "skill", length = 40)
	@Column(name = "level")
	private Map<String, Integer> skills = new HashMap<>();

}
