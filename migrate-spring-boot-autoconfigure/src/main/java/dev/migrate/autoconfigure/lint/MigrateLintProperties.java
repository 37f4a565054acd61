package dev.migrate.autoconfigure.lint;

import dev.migrate.result.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Zero-downtime lint settings ({@code migrate.lint.*}).
 */
@ConfigurationProperties("migrate.lint")
public class MigrateLintProperties {

	/**
	 * Whether to lint pending revisions at startup (before verify or apply) and list the
	 * findings on the migrationslint actuator endpoint.
	 */
	private boolean enabled = true;

	/**
	 * Whether startup fails, before any revision runs, when the lint reports an
	 * unsuppressed error.
	 */
	private boolean failOnError = false;

	/**
	 * Severity per rule id (error, warning, info or off), e.g.
	 * migrate.lint.rules.drop-column=warning.
	 */
	private Map<String, Severity> rules = new LinkedHashMap<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isFailOnError() {
		return this.failOnError;
	}

	public void setFailOnError(boolean failOnError) {
		this.failOnError = failOnError;
	}

	public Map<String, Severity> getRules() {
		return this.rules;
	}

	public void setRules(Map<String, Severity> rules) {
		this.rules = rules;
	}

}
