package dev.migrate;

import dev.migrate.result.FleetResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One command over many targets: tenant schemas, tenant databases, schemas on several
 * servers (docs/fleet.md). The revisions are loaded once; each target gets its own state
 * tables, migration lock and transactions in its schema, with {@code search_path} set to
 * that schema while its revisions run. At most {@link Builder#parallelism parallelism}
 * targets run at once; a failing target does not stop the others unless
 * {@link Builder#failFast fail-fast} is asked. Commands return a {@link FleetResult} with
 * one result per target and never throw for a target's failure.
 *
 * <p>
 * A rerun touches only the targets still behind: every command starts with a batched read
 * of all targets' state tables (a few queries per database), and targets with nothing to
 * do are reported from it without an engine or a lock.
 */
public final class MigrateFleet {

	/**
	 * Default parallelism: each running target holds two connections (migration and
	 * lock), so four keep a fleet run to eight connections per server, far below
	 * PostgreSQL's default {@code max_connections} of 100 shared with the applications.
	 */
	public static final int DEFAULT_PARALLELISM = 4;

	private final Migrate engine;

	private final List<FleetTarget> targets;

	private final int parallelism;

	private final boolean failFast;

	private final FleetListener listener;

	private MigrateFleet(Builder builder) {
		this.engine = builder.engine;
		this.targets = List.copyOf(builder.targets);
		this.parallelism = builder.parallelism;
		this.failFast = builder.failFast;
		this.listener = builder.listener;
		Set<String> names = new HashSet<>();
		Set<String> places = new HashSet<>();
		for (FleetTarget target : targets) {
			if (!names.add(target.name())) {
				throw new IllegalArgumentException(
						"two fleet targets are named '" + target.name() + "'; target names must be unique");
			}
			if (!places.add(target.url() + "|" + target.schema())) {
				throw new IllegalArgumentException("fleet target '" + target.name()
						+ "' is the same database and schema as another target; each would take the other's lock");
			}
		}
	}

	/**
	 * A fleet running {@code engine}'s revisions with its settings: the connection (for
	 * targets without a url, and the credentials for all), table names, timeouts and
	 * listeners.
	 */
	public static Builder builder(Migrate engine) {
		return new Builder(Objects.requireNonNull(engine, "engine"));
	}

	public List<FleetTarget> targets() {
		return targets;
	}

	/** Upgrades every target to {@code target}; targets already there are not touched. */
	public FleetResult upgrade(String target) {
		return engine.fleet("upgrade", List.of(target), false, targets, parallelism, failFast, listener);
	}

	/** Downgrades every target to {@code target}. */
	public FleetResult downgrade(String target) {
		return engine.fleet("downgrade", List.of(target), false, targets, parallelism, failFast, listener);
	}

	/** Stamps every target with {@code revisions} (see {@link Migrate#stamp}). */
	public FleetResult stamp(List<String> revisions, boolean purge) {
		return engine.fleet("stamp", revisions, purge, targets, parallelism, failFast, listener);
	}

	/**
	 * Where every target stands, from a few batched catalog queries per database: no
	 * engine per target, no lock. Checksums are not compared here (that needs each
	 * target's history; run {@code verify} on a target for it).
	 */
	public FleetResult verify() {
		return engine.fleet("verify", List.of(), false, targets, parallelism, failFast, listener);
	}

	/** Mutable builder; every setter returns {@code this}. */
	public static final class Builder {

		private final Migrate engine;

		private List<FleetTarget> targets = new ArrayList<>();

		private int parallelism = DEFAULT_PARALLELISM;

		private boolean failFast;

		private FleetListener listener = new FleetListener() {
		};

		private Builder(Migrate engine) {
			this.engine = engine;
		}

		public Builder targets(List<FleetTarget> targets) {
			this.targets = new ArrayList<>(targets);
			return this;
		}

		/** Most targets running at once (each holds two connections while it runs). */
		public Builder parallelism(int parallelism) {
			if (parallelism < 1) {
				throw new IllegalArgumentException("fleet parallelism must be at least 1, not " + parallelism);
			}
			this.parallelism = parallelism;
			return this;
		}

		/** Whether the first failure stops the targets not yet started. */
		public Builder failFast(boolean failFast) {
			this.failFast = failFast;
			return this;
		}

		public Builder listener(FleetListener listener) {
			this.listener = Objects.requireNonNull(listener, "listener");
			return this;
		}

		public MigrateFleet build() {
			return new MigrateFleet(this);
		}

	}

}
