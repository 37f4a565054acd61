package dev.migrate.internal.graph;

import dev.migrate.Transactional;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.result.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds in-memory revisions for graph tests; each revision "lives" in
 * {@code db/revisions/<id>_test.sql}.
 */
final class Revisions {

	private final String id;

	private List<String> parents = List.of();

	private List<String> dependsOn = List.of();

	private Set<String> labels = Set.of();

	private boolean downgradable = true;

	private String file;

	private Revisions(String id) {
		this.id = id;
		this.file = location(id);
	}

	/** A revision revising the given parents (none: a base). */
	static RevisionScript rev(String id, String... parents) {
		return revision(id).revises(parents).build();
	}

	static Revisions revision(String id) {
		return new Revisions(id);
	}

	static String location(String id) {
		return "db/revisions/" + id + "_test.sql";
	}

	static RevisionGraph graph(RevisionScript... revisions) {
		return RevisionGraph.of(Arrays.asList(revisions));
	}

	/** A chain {@code prefix1 <- prefix2 <- ... <- prefixN}. */
	static List<RevisionScript> chain(String prefix, int length) {
		List<RevisionScript> chain = new ArrayList<>();
		for (int i = 1; i <= length; i++) {
			chain.add(i == 1 ? rev(prefix + i) : rev(prefix + i, prefix + (i - 1)));
		}
		return chain;
	}

	/** The ids of a list of revisions, in order. */
	static List<String> ids(List<RevisionScript> revisions) {
		return revisions.stream().map(RevisionScript::id).toList();
	}

	/** The revision ids a plan runs, in order. */
	static List<String> ids(MigrationPlan plan) {
		return plan.steps().stream().map(s -> s.revision().id()).toList();
	}

	/**
	 * Each step rendered as {@code id [before] -> [after]}, to assert head maintenance in
	 * one go.
	 */
	static List<String> heads(MigrationPlan plan) {
		return plan.steps()
			.stream()
			.map(s -> s.revision().id() + " " + s.headsBefore() + " -> " + s.headsAfter())
			.toList();
	}

	Revisions revises(String... ids) {
		this.parents = List.of(ids);
		return this;
	}

	Revisions dependsOn(String... ids) {
		this.dependsOn = List.of(ids);
		return this;
	}

	Revisions labels(String... labels) {
		this.labels = new LinkedHashSet<>(List.of(labels));
		return this;
	}

	Revisions irreversible() {
		this.downgradable = false;
		return this;
	}

	Revisions in(String file) {
		this.file = file;
		return this;
	}

	RevisionScript build() {
		return new RevisionScript(id, parents, labels, dependsOn, "test revision " + id, Transactional.TRUE, null,
				new SourceLocation(file, 1), op -> {
				}, downgradable);
	}

}
