package com.example.library;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A Java revision that is a Spring bean, configured from the application's settings. */
@Component
@Revision(id = "4a2b3c4d5e6f", revises = "3f1a2b3c4d5e", message = "seed the classics")
public class SeedClassics implements Migration {

	private static final List<Map<String, Object>> CLASSICS = List.of(
			Map.of("title", "Middlemarch", "author", "George Eliot"),
			Map.of("title", "Persuasion", "author", "Jane Austen"), Map.of("title", "Emma", "author", "Jane Austen"));

	private final int batchSize;

	public SeedClassics(@Value("${library.seed.batch-size:100}") int batchSize) {
		this.batchSize = batchSize;
	}

	@Override
	public void upgrade(Operations op) {
		op.bulkInsert("books", CLASSICS, batchSize);
	}

	@Override
	public void downgrade(Operations op) {
		for (Map<String, Object> book : CLASSICS) {
			op.execute("DELETE FROM books WHERE title = ? AND author = ?", book.get("title"), book.get("author"));
		}
	}

}
