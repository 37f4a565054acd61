package dev.migrate.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

/**
 * {@link MigrateConnectionDetails} from {@code migrate.url}, {@code migrate.user} and
 * {@code migrate.password}.
 */
final class PropertiesMigrateConnectionDetails implements MigrateConnectionDetails {

	private final MigrateProperties properties;

	PropertiesMigrateConnectionDetails(MigrateProperties properties) {
		this.properties = properties;
	}

	@Override
	public @Nullable String getJdbcUrl() {
		String url = this.properties.getUrl();
		return StringUtils.hasText(url) ? url : null;
	}

	@Override
	public @Nullable String getUsername() {
		String user = this.properties.getUser();
		return StringUtils.hasText(user) ? user : null;
	}

	@Override
	public @Nullable String getPassword() {
		return this.properties.getPassword();
	}

}
