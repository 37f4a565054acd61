package dev.migrate.autoconfigure;

import org.jspecify.annotations.Nullable;

import dev.migrate.OnAhead;
import dev.migrate.TransactionMode;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * Configuration properties for migrate ({@code migrate.*}). Defaults equal the engine's
 * own, so the CLI and the application behave the same when nothing is set.
 */
@ConfigurationProperties("migrate")
public class MigrateProperties {

	/**
	 * Whether to enable the migration engine.
	 */
	private boolean enabled = true;

	/**
	 * What to do at startup: 'apply' upgrades to the target before the app uses the
	 * database, 'verify' only checks and never changes the schema, 'none' does nothing.
	 */
	private MigrateMode mode = MigrateMode.APPLY;

	/**
	 * In verify mode, whether pending revisions or checksum mismatches 'fail' startup
	 * with the pending list, or 'warn' and are reported through health.
	 */
	private OnPending onPending = OnPending.FAIL;

	/**
	 * Target of the startup upgrade in apply mode, for example 'heads', 'head', a
	 * revision id or 'label@head'.
	 */
	private String target = "heads";

	/**
	 * Locations of SQL revision files, 'classpath:' or 'filesystem:'.
	 */
	private List<String> locations = new ArrayList<>(List.of("classpath:db/revisions"));

	/**
	 * Packages scanned for Java revisions (classes annotated with @Revision); revisions
	 * that are Spring beans are found without this.
	 */
	private List<String> packages = new ArrayList<>();

	/**
	 * Schema of the version and history tables; defaults to the connection's current
	 * schema.
	 */
	private @Nullable String schema;

	/**
	 * Name of the table holding one row per current head.
	 */
	private String versionTable = "migrate_version";

	/**
	 * Name of the table holding one row per executed step.
	 */
	private String historyTable = "migrate_history";

	/**
	 * JDBC URL of a separate connection for migrations; defaults to the application's
	 * DataSource.
	 */
	private @Nullable String url;

	/**
	 * Login user for migrations; with no URL, connects to the application's database as
	 * this user.
	 */
	private @Nullable String user;

	/**
	 * Login password for migrations.
	 */
	private @Nullable String password;

	/**
	 * Longest wait for the migration lock held by another instance.
	 */
	@DurationUnit(ChronoUnit.SECONDS)
	private Duration lockWaitTimeout = Duration.ofSeconds(60);

	/**
	 * PostgreSQL lock_timeout for revision statements; 0 means no limit.
	 */
	@DurationUnit(ChronoUnit.SECONDS)
	private Duration lockTimeout = Duration.ofSeconds(10);

	/**
	 * PostgreSQL statement_timeout for revision statements; 0 means no limit. When not
	 * set, the server's setting for the database or role applies.
	 */
	@DurationUnit(ChronoUnit.SECONDS)
	private Duration statementTimeout;

	/**
	 * Whether each revision runs in its own transaction ('per-revision') or the whole run
	 * in one ('all').
	 */
	private TransactionMode transactionMode = TransactionMode.PER_REVISION;

	/**
	 * Number of attempts to connect while the database does not yet accept connections.
	 */
	private int connectRetries = 10;

	/**
	 * Pause between connection attempts.
	 */
	@DurationUnit(ChronoUnit.SECONDS)
	private Duration connectRetryInterval = Duration.ofSeconds(1);

	/**
	 * Longest time for the TCP connect and for the login of one connection opened from
	 * migrate.url (0 = none).
	 */
	@DurationUnit(ChronoUnit.SECONDS)
	private Duration connectTimeout = Duration.ofSeconds(10);

	/**
	 * Longest wait for the database's answer to migrate's own queries (state reads, lock,
	 * checks); revision statements are bounded by statement-timeout instead (0 = none).
	 */
	@DurationUnit(ChronoUnit.SECONDS)
	private Duration socketTimeout = Duration.ofSeconds(60);

	/**
	 * Whether to fail when an applied revision's checksum no longer matches its source.
	 */
	private boolean validateChecksums = true;

	/**
	 * Names that autogenerate gives constraints and indexes the entities leave unnamed,
	 * by kind (ix, uq, fk, ck, pk), as in Alembic's naming_convention, e.g.
	 * 'fk=fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s'. Kinds not set
	 * keep PostgreSQL's names (orders_user_id_fkey).
	 */
	private Map<String, String> namingConvention = new LinkedHashMap<>();

	/**
	 * What to do when the database holds applied revisions this release does not know
	 * while all of its own are applied (the next release already migrated it): 'ignore',
	 * 'warn' (start, and report them through the endpoint and health details) or 'fail'.
	 * A database that also lacks revisions of this release has diverged, which always
	 * fails.
	 */
	private OnAhead onAhead = OnAhead.WARN;

	/**
	 * Whether finding no revisions at all is fine; otherwise startup fails naming the
	 * locations searched, since an empty location is usually a misconfigured one.
	 */
	private boolean allowEmpty;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
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

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public List<String> getLocations() {
		return this.locations;
	}

	public void setLocations(List<String> locations) {
		this.locations = locations;
	}

	public List<String> getPackages() {
		return this.packages;
	}

	public void setPackages(List<String> packages) {
		this.packages = packages;
	}

	public @Nullable String getSchema() {
		return this.schema;
	}

	public void setSchema(@Nullable String schema) {
		this.schema = schema;
	}

	public String getVersionTable() {
		return this.versionTable;
	}

	public void setVersionTable(String versionTable) {
		this.versionTable = versionTable;
	}

	public String getHistoryTable() {
		return this.historyTable;
	}

	public void setHistoryTable(String historyTable) {
		this.historyTable = historyTable;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	public @Nullable String getUser() {
		return this.user;
	}

	public void setUser(@Nullable String user) {
		this.user = user;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public Duration getLockWaitTimeout() {
		return this.lockWaitTimeout;
	}

	public void setLockWaitTimeout(Duration lockWaitTimeout) {
		this.lockWaitTimeout = lockWaitTimeout;
	}

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public Duration getStatementTimeout() {
		return this.statementTimeout;
	}

	public void setStatementTimeout(Duration statementTimeout) {
		this.statementTimeout = statementTimeout;
	}

	public TransactionMode getTransactionMode() {
		return this.transactionMode;
	}

	public void setTransactionMode(TransactionMode transactionMode) {
		this.transactionMode = transactionMode;
	}

	public int getConnectRetries() {
		return this.connectRetries;
	}

	public void setConnectRetries(int connectRetries) {
		this.connectRetries = connectRetries;
	}

	public Duration getConnectRetryInterval() {
		return this.connectRetryInterval;
	}

	public void setConnectRetryInterval(Duration connectRetryInterval) {
		this.connectRetryInterval = connectRetryInterval;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getSocketTimeout() {
		return this.socketTimeout;
	}

	public void setSocketTimeout(Duration socketTimeout) {
		this.socketTimeout = socketTimeout;
	}

	public boolean isValidateChecksums() {
		return this.validateChecksums;
	}

	public void setValidateChecksums(boolean validateChecksums) {
		this.validateChecksums = validateChecksums;
	}

	public Map<String, String> getNamingConvention() {
		return this.namingConvention;
	}

	public void setNamingConvention(Map<String, String> namingConvention) {
		this.namingConvention = namingConvention;
	}

	public OnAhead getOnAhead() {
		return this.onAhead;
	}

	public void setOnAhead(OnAhead onAhead) {
		this.onAhead = onAhead;
	}

	public boolean isAllowEmpty() {
		return this.allowEmpty;
	}

	public void setAllowEmpty(boolean allowEmpty) {
		this.allowEmpty = allowEmpty;
	}

}
