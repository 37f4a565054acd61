/**
 * App-jar commands: {@code java -jar app.jar migrate <command> ...}.
 */
@NullMarked
package dev.migrate.autoconfigure.command;

import org.jspecify.annotations.NullMarked;
