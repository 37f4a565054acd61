package dev.migrate.autoconfigure.jpa;

import org.jspecify.annotations.Nullable;

import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.JdbcSettings;

/**
 * Builds the schema the entities expect from Hibernate's boot metadata, the same model
 * Hibernate's own schema export works from: tables with the DDL types Hibernate would
 * emit for PostgreSQL, keys, unique constraints, indexes, foreign keys of associations,
 * join tables, element collections and inheritance, check constraints, comments and the
 * sequences of sequence generators.
 *
 * <p>
 * No database is touched: the database is named as PostgreSQL and JDBC metadata access at
 * boot is switched off, so the model can be built in a build step or before the database
 * is up.
 */
public final class HibernateSchemaModelBuilder {

	/**
	 * The server version DDL types are chosen for; PostgreSQL 17 is the oldest the
	 * project supports.
	 */
	static final String POSTGRES_VERSION = "17.0";

	private final ClassLoader classLoader;

	public HibernateSchemaModelBuilder(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	public HibernateSchemaModelBuilder() {
		this(Thread.currentThread().getContextClassLoader());
	}

	/**
	 * Builds the model of the given managed classes (entities, embeddables, mapped
	 * superclasses, converters) under the given Hibernate settings (naming strategies,
	 * default schema, ...).
	 */
	public SchemaModel build(Collection<String> managedClassNames, Map<String, ?> settings) {
		Map<String, Object> offline = offlineSettings(settings);
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
				new BootstrapServiceRegistryBuilder().applyClassLoader(classLoader).build())
			.applySettings(offline)
			.build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			managedClassNames.forEach(sources::addAnnotatedClassName);
			MetadataImplementor metadata = (MetadataImplementor) sources.buildMetadata();
			// What Hibernate's session factory does to the metadata before its schema
			// export reads it, in the same order: integrators (Bean Validation's
			// constraints), then the column ordering strategy (table columns and
			// composite primary keys). Hibernate orders only when it is about to write
			// DDL (hbm2ddl create, update, scripts); the builder always models that DDL.
			BeanValidationDdl.apply(metadata, registry);
			metadata.orderColumns(true);
			return toModel(metadata, defaultSchema(offline));
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

	private static Map<String, Object> offlineSettings(Map<String, ?> settings) {
		Map<String, Object> offline = new HashMap<>();
		settings.forEach((key, value) -> {
			// Connection and schema-export settings are left out: the builder never
			// connects or exports.
			if (isModelSetting(key) && !key.startsWith("hibernate.connection.") && !key.startsWith("hibernate.hbm2ddl.")
					&& !key.equals(AvailableSettings.DIALECT) && value != null) {
				offline.put(key, value);
			}
		});
		// Naming the database (instead of a dialect class) lets Hibernate pick the
		// PostgreSQL dialect
		// for a current server version without connecting.
		offline.put(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, "PostgreSQL");
		offline.put(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, POSTGRES_VERSION);
		offline.put(JdbcSettings.ALLOW_METADATA_ON_BOOT, false);
		offline.put(AvailableSettings.HBM2DDL_AUTO, "none");
		return offline;
	}

	// Hibernate's own settings and the JPA validation settings that decide whether Bean
	// Validation constraints reach the DDL.
	private static boolean isModelSetting(String key) {
		return key.startsWith("hibernate.") || key.startsWith("jakarta.persistence.validation.")
				|| key.startsWith("javax.persistence.validation.") || key.startsWith("org.hibernate.validator.");
	}

	// hibernate.default_schema is the schema of every object that names none (Hibernate
	// applies it
	// when it writes SQL, so the boot metadata does not carry it).
	private static @Nullable String defaultSchema(Map<String, Object> settings) {
		Object schema = settings.get(AvailableSettings.DEFAULT_SCHEMA);
		if (schema == null || schema.toString().isBlank()) {
			return null;
		}
		String text = schema.toString().strip();
		boolean quoted = text.length() > 1 && (text.startsWith("`") || text.startsWith("\""));
		return HibernateNames.name(quoted ? text.substring(1, text.length() - 1) : text, quoted);
	}

	private static SchemaModel toModel(Metadata metadata, String defaultSchema) {
		HibernateTableMapper tables = new HibernateTableMapper(metadata, defaultSchema);
		List<Table> mapped = new ArrayList<>();
		List<Sequence> sequences = new ArrayList<>();
		Set<String> schemas = new TreeSet<>();
		for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
			for (org.hibernate.mapping.Table table : namespace.getTables()) {
				// Views, subselects and the abstract root of table-per-class inheritance
				// have no table.
				if (table.isPhysicalTable() && !table.isView() && !table.isAbstractUnionTable()) {
					Table converted = tables.map(table);
					mapped.add(converted);
					if (converted.schema() != null) {
						schemas.add(converted.schema());
					}
				}
			}
			for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
				String schema = HibernateNames.name(sequence.getName().getSchemaName());
				sequences.add(new Sequence(schema != null ? schema : defaultSchema,
						HibernateNames.name(sequence.getName().getSequenceName()), "bigint", sequence.getInitialValue(),
						sequence.getIncrementSize(), null));
			}
		}
		return new SchemaModel(schemas, mapped, sequences, List.of());
	}

}
