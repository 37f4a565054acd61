package dev.migrate.internal.source;

import dev.migrate.Migration;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.revision.UserClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every revision of an application: SQL files from locations, Java revisions from
 * packages, and {@link Migration} instances handed in directly (Spring beans).
 *
 * <pre>{@code
 * List<RevisionScript> revisions = RevisionLoader.builder()
 *         .locations(List.of("classpath:db/revisions", "filesystem:/etc/app/revisions"))
 *         .packages(List.of("com.example.revisions"))
 *         .migrations(beans)
 *         .classLoader(classLoader)
 *         .build()
 *         .load();
 * }</pre>
 *
 * <p>
 * The order is deterministic: SQL revisions location by location in the configured order
 * (each sorted by path), then scanned Java classes package by package (each sorted by
 * class name), then the instances in the order given. The same location or class is only
 * read once. An instance replaces the scanned class of the same type, so a Spring bean
 * with injected collaborators wins over a reflective copy.
 *
 * <p>
 * Missing locations: a {@code classpath:} location that is on no classpath root gives no
 * revisions (the default {@code classpath:db/revisions} may legitimately be absent); a
 * {@code filesystem:} location that does not exist is an error. Duplicate ids are not
 * checked here; the revision graph reports them with both locations.
 */
public final class RevisionLoader {

	/** Where SQL revisions are looked for unless locations are configured. */
	public static final String DEFAULT_LOCATION = "classpath:db/revisions";

	private static final Logger log = LoggerFactory.getLogger(RevisionLoader.class);

	private final List<String> locations;

	private final List<String> packages;

	private final List<Migration> migrations;

	private final ClassLoader classLoader;

	private RevisionLoader(Builder builder) {
		this.locations = List.copyOf(builder.locations);
		this.packages = List.copyOf(builder.packages);
		this.migrations = List.copyOf(builder.migrations);
		this.classLoader = builder.classLoader != null ? builder.classLoader : defaultClassLoader();
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Reads all sources: {@link #scan()}, then {@link Scanned#load()}.
	 * @throws RevisionSourceException (a subtype naming the file, line or class) when a
	 * source is unusable
	 */
	public List<RevisionScript> load() {
		return scan().load();
	}

	/**
	 * Finds the SQL files of every location and the revision classes of every package,
	 * reading no file (the entries of a jar aside, read while it is open) and creating no
	 * revision; {@link Scanned#load()} does that. Two steps so that startup timing can
	 * tell finding from reading.
	 * @throws RevisionSourceException when a location or package is unusable
	 */
	public Scanned scan() {
		SqlRevisionScanner sqlScanner = new SqlRevisionScanner(classLoader);
		List<SqlRevisionScanner.Found> sqlFiles = new ArrayList<>();
		Set<RevisionLocation> seenLocations = new LinkedHashSet<>();
		for (String location : locations) {
			RevisionLocation parsed = RevisionLocation.parse(location);
			if (seenLocations.add(parsed)) {
				SqlRevisionScanner.Found found = sqlScanner.find(parsed);
				log.debug("Found {} SQL revision(s) in {}", found.size(), parsed);
				sqlFiles.add(found);
			}
		}
		Set<Class<?>> seenClasses = new LinkedHashSet<>();
		for (Migration migration : migrations) {
			seenClasses.add(UserClass.of(migration.getClass()));
		}
		List<Class<? extends Migration>> classes = new ArrayList<>();
		JavaRevisionScanner javaScanner = new JavaRevisionScanner(classLoader);
		for (String packageName : new LinkedHashSet<>(packages)) {
			List<Class<? extends Migration>> found = javaScanner.findRevisionClasses(packageName);
			log.debug("Found {} Java revision class(es) in package {}", found.size(), packageName);
			for (Class<? extends Migration> type : found) {
				if (seenClasses.add(type)) {
					classes.add(type);
				}
			}
		}
		return new Scanned(sqlFiles, classes, migrations);
	}

	/** What {@link #scan()} found, in load order; nothing read or created yet. */
	public static final class Scanned {

		private final List<SqlRevisionScanner.Found> sqlFiles;

		private final List<Class<? extends Migration>> classes;

		private final List<Migration> migrations;

		private Scanned(List<SqlRevisionScanner.Found> sqlFiles, List<Class<? extends Migration>> classes,
				List<Migration> migrations) {
			this.sqlFiles = sqlFiles;
			this.classes = classes;
			this.migrations = migrations;
		}

		/**
		 * Reads and parses the SQL files, creates the scanned revision classes and reads
		 * every Java revision.
		 * @throws RevisionSourceException (a subtype naming the file, line or class) when
		 * a source is unusable
		 */
		public List<RevisionScript> load() {
			List<RevisionScript> scripts = new ArrayList<>();
			for (SqlRevisionScanner.Found found : sqlFiles) {
				scripts.addAll(found.parse());
			}
			for (Class<? extends Migration> type : classes) {
				scripts.add(JavaRevisionReader.read(JavaRevisionScanner.instantiate(type)));
			}
			for (Migration migration : migrations) {
				scripts.add(JavaRevisionReader.read(migration));
			}
			return List.copyOf(scripts);
		}

	}

	private static ClassLoader defaultClassLoader() {
		ClassLoader context = Thread.currentThread().getContextClassLoader();
		return context != null ? context : RevisionLoader.class.getClassLoader();
	}

	/** Configures a {@link RevisionLoader}; every setting is optional. */
	public static final class Builder {

		private List<String> locations = List.of(DEFAULT_LOCATION);

		private List<String> packages = List.of();

		private List<Migration> migrations = List.of();

		private @Nullable ClassLoader classLoader;

		private Builder() {
		}

		/**
		 * SQL revision locations; default {@value #DEFAULT_LOCATION}. An empty list reads
		 * no SQL files.
		 */
		public Builder locations(List<String> locations) {
			this.locations = List.copyOf(Objects.requireNonNull(locations, "locations"));
			return this;
		}

		public Builder locations(String... locations) {
			return locations(Arrays.asList(locations));
		}

		/**
		 * Packages scanned (with their subpackages) for {@code @Revision} classes;
		 * default none.
		 */
		public Builder packages(List<String> packages) {
			this.packages = List.copyOf(Objects.requireNonNull(packages, "packages"));
			return this;
		}

		public Builder packages(String... packages) {
			return packages(Arrays.asList(packages));
		}

		/** Ready-made Java revisions, e.g. Spring beans; default none. */
		public Builder migrations(List<? extends Migration> migrations) {
			this.migrations = List.copyOf(Objects.requireNonNull(migrations, "migrations"));
			return this;
		}

		/**
		 * The class loader for classpath locations and packages; default the thread's
		 * context class loader.
		 */
		public Builder classLoader(ClassLoader classLoader) {
			this.classLoader = classLoader;
			return this;
		}

		public RevisionLoader build() {
			return new RevisionLoader(this);
		}

	}

}
