package dev.migrate.internal.cli;

import dev.migrate.SecretMasker;
import dev.migrate.cli.DatabaseUrl;
import java.util.Map;

/**
 * Registers every password a command line could carry with the {@link SecretMasker}
 * before anything is parsed, so that even a usage error about a later argument cannot
 * echo one.
 */
public final class PasswordScan {

	private PasswordScan() {
	}

	public static void registerAll(String[] args, Map<String, String> environment, SecretMasker masker) {
		masker.register(environment.get(Setting.PASSWORD.environmentVariable()));
		registerFromUrl(environment.get(Setting.URL.environmentVariable()), masker);
		registerFromUrl(environment.get(SettingsResolver.DATABASE_URL), masker);
		for (int i = 0; i < args.length; i++) {
			String argument = args[i];
			String password = Setting.PASSWORD.option();
			String url = Setting.URL.option();
			if (argument.equals(password) && i + 1 < args.length) {
				masker.register(args[i + 1]);
			}
			else if (argument.startsWith(password + "=")) {
				masker.register(argument.substring(password.length() + 1));
			}
			else if (argument.equals(url) && i + 1 < args.length) {
				registerFromUrl(args[i + 1], masker);
			}
			else if (argument.startsWith(url + "=")) {
				registerFromUrl(argument.substring(url.length() + 1), masker);
			}
		}
	}

	private static void registerFromUrl(String url, SecretMasker masker) {
		if (url == null || url.isEmpty()) {
			return;
		}
		masker.registerUrl(url);
		try {
			masker.register(DatabaseUrl.parse(url).password());
		}
		catch (IllegalArgumentException ex) {
			// Not a url we can read; the raw forms and the url-shape mask cover it.
		}
	}

}
