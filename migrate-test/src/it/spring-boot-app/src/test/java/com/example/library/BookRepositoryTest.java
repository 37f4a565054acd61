package com.example.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

@DataJpaTest
class BookRepositoryTest {

	@Autowired
	BookRepository books;

	@Autowired
	TestEntityManager entities;

	@Test
	void revisionsAreAppliedBeforeTheRepositoryRuns() {
		assertThat(entities.getEntityManager()
			.createNativeQuery("SELECT revision FROM migrate_version")
			.getResultList()).containsExactly("5b3c4d5e6f7a");
		// Rows of the Java revision bean SeedClassics, which the slice would not scan.
		assertThat(books.findByAuthor("Jane Austen")).extracting(Book::getTitle)
			.containsExactlyInAnyOrder("Persuasion", "Emma");
	}

	@Test
	void savesIntoTheMigratedSchema() {
		Book saved = books.save(new Book("Villette", "Charlotte Brontë", 1853));
		entities.flush();
		entities.clear();
		assertThat(books.findById(saved.getId())).get().extracting(Book::getPublishedYear).isEqualTo(1853);
	}

}
