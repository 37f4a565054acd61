package dev.migrate.internal.cli;

import java.util.List;

/**
 * A revision as {@link HistoryGraph} sees it.
 *
 * @param id revision id
 * @param parents ids it revises, first parent first
 * @param label the text printed beside its {@code *}
 */
record GraphNode(String id, List<String> parents, String label) {

	GraphNode {
		parents = List.copyOf(parents);
	}
}
