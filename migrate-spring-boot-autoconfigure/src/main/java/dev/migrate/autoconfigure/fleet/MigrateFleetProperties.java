package dev.migrate.autoconfigure.fleet;

import org.jspecify.annotations.Nullable;

import dev.migrate.MigrateFleet;
import dev.migrate.autoconfigure.MigrateMode;
import dev.migrate.autoconfigure.OnPending;
import dev.migrate.result.FleetState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of the migration fleet ({@code migrate.fleet.*}): where the
 * targets come from and what runs across them at startup (docs/fleet.md).
 */
@ConfigurationProperties("migrate.fleet")
public class MigrateFleetProperties {

	/**
	 * Schemas of the fleet, on the migration database.
	 */
	private List<String> schemas = new ArrayList<>();

	/**
	 * File listing the fleet's targets, one per line: '[jdbc:URL] [SCHEMA] [name=NAME]
	 * [labels=A,B]'.
	 */
	private @Nullable String targetsFile;

	/**
	 * Query run on the migration database that returns the fleet's targets: a 'schema'
	 * column (or 'url', 'name', 'labels'), or a single column of schema names.
	 */
	private @Nullable String targetsQuery;

	/**
	 * Only the targets carrying this label (a canary set).
	 */
	private @Nullable String label;

	/**
	 * What to do across the fleet at startup: 'apply' upgrades every target that is
	 * behind, 'verify' only reads their state (batched, no engine per target), 'none'
	 * does nothing.
	 */
	private MigrateMode mode = MigrateMode.APPLY;

	/**
	 * In verify mode, whether pending targets 'fail' startup or 'warn' and are reported
	 * through the endpoint and health.
	 */
	private OnPending onPending = OnPending.FAIL;

	/**
	 * In apply mode, whether a failed target fails startup ('fail') or is logged and
	 * reported through the endpoint and health ('warn') while the app starts.
	 */
	private OnPending onFailure = OnPending.FAIL;

	/**
	 * Most targets migrated at once; each holds two connections while it runs.
	 */
	private int parallelism = MigrateFleet.DEFAULT_PARALLELISM;

	/**
	 * Whether the first failed target stops the targets not yet started.
	 */
	private boolean failFast;

	/**
	 * Most targets listed by name in the endpoint's 'notUpToDate' list.
	 */
	private int maxListed = 100;

	/**
	 * Target states that make the 'migrationsFleet' health contributor DOWN.
	 */
	private Set<FleetState> downStates = EnumSet.of(FleetState.FAILED);

	/**
	 * Target states that make the 'migrationsFleet' health contributor OUT_OF_SERVICE
	 * (when none is DOWN).
	 */
	private Set<FleetState> outOfServiceStates = EnumSet.noneOf(FleetState.class);

	public List<String> getSchemas() {
		return this.schemas;
	}

	public void setSchemas(List<String> schemas) {
		this.schemas = schemas;
	}

	public @Nullable String getTargetsFile() {
		return this.targetsFile;
	}

	public void setTargetsFile(@Nullable String targetsFile) {
		this.targetsFile = targetsFile;
	}

	public @Nullable String getTargetsQuery() {
		return this.targetsQuery;
	}

	public void setTargetsQuery(@Nullable String targetsQuery) {
		this.targetsQuery = targetsQuery;
	}

	public @Nullable String getLabel() {
		return this.label;
	}

	public void setLabel(@Nullable String label) {
		this.label = label;
	}

	public MigrateMode getMode() {
		return this.mode;
	}

	public void setMode(MigrateMode mode) {
		this.mode = mode;
	}

	public OnPending getOnPending() {
		return this.onPending;
	}

	public void setOnPending(OnPending onPending) {
		this.onPending = onPending;
	}

	public OnPending getOnFailure() {
		return this.onFailure;
	}

	public void setOnFailure(OnPending onFailure) {
		this.onFailure = onFailure;
	}

	public int getParallelism() {
		return this.parallelism;
	}

	public void setParallelism(int parallelism) {
		this.parallelism = parallelism;
	}

	public boolean isFailFast() {
		return this.failFast;
	}

	public void setFailFast(boolean failFast) {
		this.failFast = failFast;
	}

	public int getMaxListed() {
		return this.maxListed;
	}

	public void setMaxListed(int maxListed) {
		this.maxListed = maxListed;
	}

	public Set<FleetState> getDownStates() {
		return this.downStates;
	}

	public void setDownStates(Set<FleetState> downStates) {
		this.downStates = downStates;
	}

	public Set<FleetState> getOutOfServiceStates() {
		return this.outOfServiceStates;
	}

	public void setOutOfServiceStates(Set<FleetState> outOfServiceStates) {
		this.outOfServiceStates = outOfServiceStates;
	}

}
