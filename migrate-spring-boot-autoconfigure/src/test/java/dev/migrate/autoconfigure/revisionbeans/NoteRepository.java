package dev.migrate.autoconfigure.revisionbeans;

import org.springframework.data.jpa.repository.JpaRepository;

/** The Spring Data repository a revision bean injects. */
public interface NoteRepository extends JpaRepository<Note, Long> {

}
