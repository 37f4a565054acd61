package dev.migrate;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One database schema a {@link MigrateFleet} migrates: a tenant's schema, a tenant's
 * database, or a schema on one of several servers. Its state tables, migration lock and
 * transactions are its own; unqualified names in revisions resolve to {@link #schema()}.
 *
 * @param name unique name in reports, the endpoint and logs (e.g. the tenant id)
 * @param url JDBC url of the target's database, or null for the fleet's own connection
 * (schema-per-tenant: every target on the database the fleet connects to); credentials
 * are the fleet's
 * @param schema the schema revisions run in and the state tables live in, or null for the
 * connection's default schema (database-per-tenant)
 * @param labels free-form labels for selecting a subset (a canary set)
 */
public record FleetTarget(String name, @Nullable String url, @Nullable String schema, Set<String> labels) {

	public FleetTarget {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a fleet target needs a name");
		}
		if ((url == null || url.isBlank()) && (schema == null || schema.isBlank())) {
			throw new IllegalArgumentException("fleet target '" + name + "' needs a schema, a url, or both");
		}
		url = url == null || url.isBlank() ? null : url;
		schema = schema == null || schema.isBlank() ? null : schema;
		labels = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(labels, "labels")));
	}

	/** A schema on the fleet's own database, named after the schema. */
	public static FleetTarget schema(String schema) {
		return new FleetTarget(schema, null, schema, Set.of());
	}

	/** The same target with {@code labels}. */
	public FleetTarget withLabels(Set<String> labels) {
		return new FleetTarget(name, url, schema, labels);
	}

	/** Whether the target carries {@code label}. */
	public boolean hasLabel(String label) {
		return labels.contains(label);
	}

	/** The url without its password, so that the target can be shown. */
	@Override
	public String toString() {
		return "FleetTarget[name=" + name + ", url=" + ((url != null) ? SecretMasker.maskUrl(url) : null) + ", schema="
				+ schema + ", labels=" + labels + "]";
	}

}
