package dev.migrate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Every setting of the engine (docs/spring-boot.md) with core's defaults; the Spring
 * module and the CLI map their properties and options onto this. Immutable: build with
 * {@link #builder()}, derive variants with {@link #toBuilder()}.
 *
 * <p>
 * One way to connect: a {@link DataSource}, or a JDBC {@code url} (with optional user and
 * password). A configuration without either is an engine for the graph-only commands
 * (heads, branches, show, history, lint of a range, offline SQL of a range): they never
 * connect; a command that needs the database fails with a message saying so
 * ({@link #hasDatabase()}). The password never appears in {@link #toString()}.
 */
public final class MigrateConfig {

	public static final List<String> DEFAULT_LOCATIONS = List.of("classpath:db/revisions");

	public static final String DEFAULT_VERSION_TABLE = "migrate_version";

	public static final String DEFAULT_HISTORY_TABLE = "migrate_history";

	public static final Duration DEFAULT_LOCK_WAIT_TIMEOUT = Duration.ofSeconds(60);

	public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * No statement timeout of migrate's own: revisions run under the server's setting for
	 * the database or role ({@code ALTER DATABASE ... SET statement_timeout}), which a
	 * default of zero would silently switch off.
	 */
	public static final @Nullable Duration DEFAULT_STATEMENT_TIMEOUT = null;

	/**
	 * The longest {@code lock_timeout} or {@code statement_timeout} PostgreSQL accepts.
	 */
	private static final Duration MAX_SERVER_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

	public static final TransactionMode DEFAULT_TRANSACTION_MODE = TransactionMode.PER_REVISION;

	public static final int DEFAULT_CONNECT_RETRIES = 10;

	public static final Duration DEFAULT_CONNECT_RETRY_INTERVAL = Duration.ofSeconds(1);

	/** Longest time to open one connection: TCP connect and login each. */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * Longest wait for an answer to one of migrate's own round trips (state reads, lock,
	 * read-only commands); revision statements are not bounded by it.
	 */
	public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(60);

	public static final boolean DEFAULT_VALIDATE_CHECKSUMS = true;

	public static final OnAhead DEFAULT_ON_AHEAD = OnAhead.WARN;

	/**
	 * Finding no revisions at all is an error by default: it is far more often a wrong
	 * location than a project with nothing to migrate yet.
	 */
	public static final boolean DEFAULT_ALLOW_EMPTY = false;

	private final @Nullable DataSource dataSource;

	private final @Nullable String url;

	private final @Nullable String user;

	private final @Nullable String password;

	private final List<String> locations;

	private final List<String> packages;

	private final List<Migration> migrations;

	private final ClassLoader classLoader;

	private final @Nullable String schema;

	private final String versionTable;

	private final String historyTable;

	private final Duration lockWaitTimeout;

	private final Duration lockTimeout;

	private final @Nullable Duration statementTimeout;

	private final TransactionMode transactionMode;

	private final int connectRetries;

	private final Duration connectRetryInterval;

	private final Duration connectTimeout;

	private final Duration socketTimeout;

	private final boolean validateChecksums;

	private final OnAhead onAhead;

	private final boolean allowEmpty;

	private final @Nullable String appVersion;

	private final List<MigrateListener> listeners;

	private final Map<String, String> namingConvention;

	private MigrateConfig(Builder b) {
		this.dataSource = b.dataSource;
		this.url = b.dataSource == null ? requireReadableHosts(blankToNull(b.url)) : b.url;
		this.user = b.user;
		this.password = b.password;
		this.locations = List.copyOf(b.locations);
		this.packages = List.copyOf(b.packages);
		this.migrations = List.copyOf(b.migrations);
		this.classLoader = b.classLoader != null ? b.classLoader : defaultClassLoader();
		this.schema = blankToNull(b.schema);
		this.versionTable = requireName(b.versionTable, "versionTable");
		this.historyTable = requireName(b.historyTable, "historyTable");
		if (this.versionTable.equalsIgnoreCase(this.historyTable)) {
			// One table cannot hold both: the first history row would be read as a head.
			throw new IllegalArgumentException(
					"versionTable and historyTable are both '" + this.versionTable + "'; give them different names");
		}
		this.lockWaitTimeout = requireNotNegative(b.lockWaitTimeout, "lockWaitTimeout");
		this.lockTimeout = requireServerTimeout(b.lockTimeout, "lockTimeout");
		this.statementTimeout = (b.statementTimeout != null)
				? requireServerTimeout(b.statementTimeout, "statementTimeout") : null;
		this.transactionMode = Objects.requireNonNull(b.transactionMode, "transactionMode");
		if (b.connectRetries < 0) {
			throw new IllegalArgumentException("connectRetries must be >= 0, not " + b.connectRetries);
		}
		this.connectRetries = b.connectRetries;
		this.connectRetryInterval = requireNotNegative(b.connectRetryInterval, "connectRetryInterval");
		this.connectTimeout = requireNotNegative(b.connectTimeout, "connectTimeout");
		this.socketTimeout = requireNotNegative(b.socketTimeout, "socketTimeout");
		this.validateChecksums = b.validateChecksums;
		this.onAhead = Objects.requireNonNull(b.onAhead, "onAhead");
		this.allowEmpty = b.allowEmpty;
		this.appVersion = blankToNull(b.appVersion);
		this.listeners = List.copyOf(b.listeners);
		this.namingConvention = Collections.unmodifiableMap(new TreeMap<>(b.namingConvention));
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		Builder b = new Builder();
		b.dataSource = dataSource;
		b.url = url;
		b.user = user;
		b.password = password;
		b.locations = new ArrayList<>(locations);
		b.packages = new ArrayList<>(packages);
		b.migrations = new ArrayList<>(migrations);
		b.classLoader = classLoader;
		b.schema = schema;
		b.versionTable = versionTable;
		b.historyTable = historyTable;
		b.lockWaitTimeout = lockWaitTimeout;
		b.lockTimeout = lockTimeout;
		b.statementTimeout = statementTimeout;
		b.transactionMode = transactionMode;
		b.connectRetries = connectRetries;
		b.connectRetryInterval = connectRetryInterval;
		b.connectTimeout = connectTimeout;
		b.socketTimeout = socketTimeout;
		b.validateChecksums = validateChecksums;
		b.onAhead = onAhead;
		b.allowEmpty = allowEmpty;
		b.appVersion = appVersion;
		b.listeners = new ArrayList<>(listeners);
		b.namingConvention = new TreeMap<>(namingConvention);
		return b;
	}

	/** The DataSource migrations connect through, or null when {@link #url()} is used. */
	public @Nullable DataSource dataSource() {
		return dataSource;
	}

	/**
	 * Whether a DataSource or a url is configured; without one only the graph-only
	 * commands work.
	 */
	public boolean hasDatabase() {
		return dataSource != null || url != null;
	}

	/** JDBC url used when no DataSource is given. */
	public @Nullable String url() {
		return url;
	}

	public @Nullable String user() {
		return user;
	}

	public @Nullable String password() {
		return password;
	}

	/** SQL revision locations ({@code classpath:} and {@code filesystem:}). */
	public List<String> locations() {
		return locations;
	}

	/** Packages scanned for {@link Revision @Revision} classes. */
	public List<String> packages() {
		return packages;
	}

	/**
	 * Java revision instances supplied directly (Spring beans), in addition to scanned
	 * ones.
	 */
	public List<Migration> migrations() {
		return migrations;
	}

	/**
	 * Loads classpath locations and scanned classes; defaults to the thread context class
	 * loader.
	 */
	public ClassLoader classLoader() {
		return classLoader;
	}

	/** Schema of the state tables; null means the connection's current schema. */
	public @Nullable String schema() {
		return schema;
	}

	public String versionTable() {
		return versionTable;
	}

	public String historyTable() {
		return historyTable;
	}

	/** Longest wait for the migration lock held by another instance. */
	public Duration lockWaitTimeout() {
		return lockWaitTimeout;
	}

	/** PostgreSQL {@code lock_timeout} for revision statements; zero means none. */
	public Duration lockTimeout() {
		return lockTimeout;
	}

	/**
	 * PostgreSQL {@code statement_timeout} for revision statements; zero means none, null
	 * (the default) leaves the session's own setting (the server's, database's or
	 * role's).
	 */
	public @Nullable Duration statementTimeout() {
		return statementTimeout;
	}

	public TransactionMode transactionMode() {
		return transactionMode;
	}

	/** How often to retry a refused connection before giving up (0 = try once). */
	public int connectRetries() {
		return connectRetries;
	}

	public Duration connectRetryInterval() {
		return connectRetryInterval;
	}

	/**
	 * Longest time for the TCP connect and for the login of one connection opened from a
	 * url (0 = none); a url's own {@code connectTimeout}/{@code loginTimeout} wins.
	 */
	public Duration connectTimeout() {
		return connectTimeout;
	}

	/**
	 * Longest wait for the server's answer to migrate's own round trips: state reads and
	 * writes between revisions, the lock, read-only commands (0 = none). Lifted while
	 * revisions run, whose statements may legitimately take hours
	 * ({@link #statementTimeout()} bounds those).
	 */
	public Duration socketTimeout() {
		return socketTimeout;
	}

	/** Whether an edited applied revision blocks upgrade. */
	public boolean validateChecksums() {
		return validateChecksums;
	}

	/**
	 * What to do when the database holds applied revisions this release does not know
	 * while every revision of this release is applied.
	 */
	public OnAhead onAhead() {
		return onAhead;
	}

	/**
	 * Whether {@code upgrade}, {@code verify} and {@code pending} accept finding no
	 * revisions at all (else they fail, naming the locations searched).
	 */
	public boolean allowEmpty() {
		return allowEmpty;
	}

	/** The application's version, recorded in the history table; null when unknown. */
	public @Nullable String appVersion() {
		return appVersion;
	}

	public List<MigrateListener> listeners() {
		return listeners;
	}

	/**
	 * The names autogenerate gives constraints and indexes the entity model leaves
	 * unnamed, as in Alembic's {@code naming_convention}: keys {@code ix}, {@code uq},
	 * {@code fk}, {@code ck}, {@code pk}, values templates such as
	 * {@code ix_%(table_name)s_%(column_0_N_name)s}. Empty: the names PostgreSQL gives
	 * unnamed objects ({@code orders_user_id_fkey}). See docs/drift.md.
	 */
	public Map<String, String> namingConvention() {
		return namingConvention;
	}

	@Override
	public String toString() {
		return "MigrateConfig["
				+ (dataSource != null ? "dataSource=" + dataSource.getClass().getName()
						: url == null ? "no database" : "url=" + SecretMasker.maskUrl(url))
				+ ", user=" + user + ", locations=" + locations + ", packages=" + packages + ", migrations="
				+ migrations.size() + ", schema=" + schema + ", versionTable=" + versionTable + ", historyTable="
				+ historyTable + ", lockWaitTimeout=" + lockWaitTimeout + ", lockTimeout=" + lockTimeout
				+ ", statementTimeout=" + statementTimeout + ", transactionMode=" + transactionMode
				+ ", connectRetries=" + connectRetries + ", connectRetryInterval=" + connectRetryInterval
				+ ", connectTimeout=" + connectTimeout + ", socketTimeout=" + socketTimeout + ", validateChecksums="
				+ validateChecksums + ", onAhead=" + onAhead + ", allowEmpty=" + allowEmpty + ", appVersion="
				+ appVersion + ", listeners=" + listeners.size() + "]";
	}

	private static ClassLoader defaultClassLoader() {
		ClassLoader context = Thread.currentThread().getContextClassLoader();
		return context != null ? context : MigrateConfig.class.getClassLoader();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static String requireName(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank");
		}
		return value;
	}

	private static Duration requireNotNegative(Duration value, String what) {
		Objects.requireNonNull(value, what);
		if (value.isNegative()) {
			throw new IllegalArgumentException(what + " must not be negative, not " + value);
		}
		return value;
	}

	/**
	 * Refuses a {@code jdbc:postgresql://} url whose host list the driver cannot read,
	 * before the driver sees it: {@code user:password@} there (the driver has no user
	 * info) would be split at the first {@code :} or {@code /}, and the driver's warnings
	 * quote the pieces ("invalid port number: ...") where no mask can recognise them.
	 */
	private static @Nullable String requireReadableHosts(@Nullable String url) {
		String prefix = "jdbc:postgresql://";
		if (url == null || !url.regionMatches(true, 0, prefix, 0, prefix.length())) {
			return url;
		}
		String rest = url.substring(prefix.length());
		int end = rest.length();
		for (int i = 0; i < rest.length(); i++) {
			if (rest.charAt(i) == '/' || rest.charAt(i) == '?') {
				end = i;
				break;
			}
		}
		String hosts = rest.substring(0, end);
		boolean readable = !hosts.contains("@") && hosts.chars().noneMatch(Character::isWhitespace);
		for (String host : hosts.split(",", -1)) {
			String port = host.startsWith("[") ? host.substring(host.indexOf(']') + 1) : host;
			int colon = port.indexOf(':');
			if (colon >= 0 && !port.substring(colon + 1).matches("\\d*")) {
				readable = false;
			}
		}
		if (!readable) {
			throw new IllegalArgumentException("the JDBC url " + SecretMasker.maskUrl(url)
					+ " does not start with host:port: the PostgreSQL driver cannot read user:password@ in a jdbc: "
					+ "url. Give the user and password separately, or use the postgresql://user:password@host:port/"
					+ "database form, whose password may hold any character (it ends at the last '@')");
		}
		return url;
	}

	/**
	 * A PostgreSQL timeout: the server takes whole milliseconds up to
	 * {@link Integer#MAX_VALUE} (24.8 days), and refuses a longer one only when the first
	 * revision runs; say so before anything connects.
	 */
	private static Duration requireServerTimeout(Duration value, String what) {
		requireNotNegative(value, what);
		if (value.compareTo(MAX_SERVER_TIMEOUT) > 0) {
			throw new IllegalArgumentException(what + " must be at most " + MAX_SERVER_TIMEOUT.toMillis()
					+ " ms (24.8 days, PostgreSQL's limit), not " + value + "; 0 means no timeout");
		}
		return value;
	}

	/** Mutable builder; every setter returns {@code this}. */
	public static final class Builder {

		private @Nullable DataSource dataSource;

		private @Nullable String url;

		private @Nullable String user;

		private @Nullable String password;

		private List<String> locations = new ArrayList<>(DEFAULT_LOCATIONS);

		private List<String> packages = new ArrayList<>();

		private List<Migration> migrations = new ArrayList<>();

		private @Nullable ClassLoader classLoader;

		private @Nullable String schema;

		private String versionTable = DEFAULT_VERSION_TABLE;

		private String historyTable = DEFAULT_HISTORY_TABLE;

		private Duration lockWaitTimeout = DEFAULT_LOCK_WAIT_TIMEOUT;

		private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;

		private @Nullable Duration statementTimeout = DEFAULT_STATEMENT_TIMEOUT;

		private TransactionMode transactionMode = DEFAULT_TRANSACTION_MODE;

		private int connectRetries = DEFAULT_CONNECT_RETRIES;

		private Duration connectRetryInterval = DEFAULT_CONNECT_RETRY_INTERVAL;

		private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;

		private Duration socketTimeout = DEFAULT_SOCKET_TIMEOUT;

		private boolean validateChecksums = DEFAULT_VALIDATE_CHECKSUMS;

		private OnAhead onAhead = DEFAULT_ON_AHEAD;

		private boolean allowEmpty = DEFAULT_ALLOW_EMPTY;

		private @Nullable String appVersion;

		private List<MigrateListener> listeners = new ArrayList<>();

		private Map<String, String> namingConvention = new TreeMap<>();

		private Builder() {
		}

		/**
		 * Templates by kind ({@code ix}, {@code uq}, {@code fk}, {@code ck}, {@code pk})
		 * for the names of constraints and indexes the model leaves unnamed; kinds not
		 * given keep PostgreSQL's names. Checked when autogenerate or check uses them.
		 */
		public Builder namingConvention(Map<String, String> namingConvention) {
			this.namingConvention = new TreeMap<>(namingConvention);
			return this;
		}

		public Builder dataSource(@Nullable DataSource dataSource) {
			this.dataSource = dataSource;
			return this;
		}

		public Builder url(@Nullable String url) {
			this.url = url;
			return this;
		}

		public Builder user(@Nullable String user) {
			this.user = user;
			return this;
		}

		public Builder password(@Nullable String password) {
			this.password = password;
			return this;
		}

		public Builder locations(List<String> locations) {
			this.locations = new ArrayList<>(locations);
			return this;
		}

		public Builder locations(String... locations) {
			return locations(List.of(locations));
		}

		public Builder packages(List<String> packages) {
			this.packages = new ArrayList<>(packages);
			return this;
		}

		public Builder packages(String... packages) {
			return packages(List.of(packages));
		}

		public Builder migrations(List<? extends Migration> migrations) {
			this.migrations = new ArrayList<>(migrations);
			return this;
		}

		public Builder classLoader(@Nullable ClassLoader classLoader) {
			this.classLoader = classLoader;
			return this;
		}

		public Builder schema(@Nullable String schema) {
			this.schema = schema;
			return this;
		}

		public Builder versionTable(String versionTable) {
			this.versionTable = versionTable;
			return this;
		}

		public Builder historyTable(String historyTable) {
			this.historyTable = historyTable;
			return this;
		}

		public Builder lockWaitTimeout(Duration lockWaitTimeout) {
			this.lockWaitTimeout = lockWaitTimeout;
			return this;
		}

		public Builder lockTimeout(Duration lockTimeout) {
			this.lockTimeout = lockTimeout;
			return this;
		}

		public Builder statementTimeout(@Nullable Duration statementTimeout) {
			this.statementTimeout = statementTimeout;
			return this;
		}

		public Builder transactionMode(TransactionMode transactionMode) {
			this.transactionMode = transactionMode;
			return this;
		}

		public Builder connectRetries(int connectRetries) {
			this.connectRetries = connectRetries;
			return this;
		}

		public Builder connectRetryInterval(Duration connectRetryInterval) {
			this.connectRetryInterval = connectRetryInterval;
			return this;
		}

		public Builder allowEmpty(boolean allowEmpty) {
			this.allowEmpty = allowEmpty;
			return this;
		}

		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
			return this;
		}

		public Builder socketTimeout(Duration socketTimeout) {
			this.socketTimeout = socketTimeout;
			return this;
		}

		public Builder validateChecksums(boolean validateChecksums) {
			this.validateChecksums = validateChecksums;
			return this;
		}

		public Builder onAhead(OnAhead onAhead) {
			this.onAhead = onAhead;
			return this;
		}

		public Builder appVersion(@Nullable String appVersion) {
			this.appVersion = appVersion;
			return this;
		}

		public Builder listeners(List<? extends MigrateListener> listeners) {
			this.listeners = new ArrayList<>(listeners);
			return this;
		}

		public Builder listener(MigrateListener listener) {
			this.listeners.add(Objects.requireNonNull(listener, "listener"));
			return this;
		}

		/**
		 * Whether a DataSource or a url has been given: without one, the engine runs only
		 * the commands that need no database.
		 */
		public boolean hasDatabase() {
			return dataSource != null || (url != null && !url.isBlank());
		}

		public MigrateConfig build() {
			return new MigrateConfig(this);
		}

	}

}
