/**
 * The JPA entity model for drift check and autogenerate, read from Hibernate's mapping
 * metadata.
 */
@NullMarked
package dev.migrate.autoconfigure.jpa;

import org.jspecify.annotations.NullMarked;
