package dev.migrate.autoconfigure.jpa;

import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.SchemaModelSource;
import java.util.List;
import java.util.Map;

/**
 * The application's JPA entity model as migrate's expected schema: the persistence unit's
 * managed classes under the application's Hibernate settings (naming strategies
 * included), built offline by {@link HibernateSchemaModelBuilder} each time it is asked
 * for.
 */
public final class JpaSchemaModelSource implements SchemaModelSource {

	private final List<String> managedClassNames;

	private final Map<String, Object> hibernateSettings;

	private final ClassLoader classLoader;

	public JpaSchemaModelSource(List<String> managedClassNames, Map<String, Object> hibernateSettings,
			ClassLoader classLoader) {
		this.managedClassNames = List.copyOf(managedClassNames);
		this.hibernateSettings = Map.copyOf(hibernateSettings);
		this.classLoader = classLoader;
	}

	@Override
	public SchemaModel load() {
		return new HibernateSchemaModelBuilder(classLoader).build(managedClassNames, hibernateSettings);
	}

	/** The entity, embeddable and converter classes the model is built from. */
	public List<String> managedClassNames() {
		return managedClassNames;
	}

}
