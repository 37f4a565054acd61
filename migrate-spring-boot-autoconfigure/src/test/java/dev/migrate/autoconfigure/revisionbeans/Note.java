package dev.migrate.autoconfigure.revisionbeans;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code notes}, which revision {@code e1f2a3b4c5d6} creates. */
@Entity
@Table(name = "notes")
public class Note {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String body;

	protected Note() {
	}

	public Note(String body) {
		this.body = body;
	}

	public String getBody() {
		return this.body;
	}

}
