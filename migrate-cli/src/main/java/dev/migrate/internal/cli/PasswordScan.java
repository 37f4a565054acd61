package dev.migrate.internal.cli;

import dev.migrate.SecretMasker;
import dev.migrate.cli.DatabaseUrl;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registers every password a command line could carry with the {@link SecretMasker}
 * before anything is parsed, so that even a usage error about a later argument cannot
 * echo one.
 */
public final class PasswordScan {

	/** A password parameter runs to the next {@code &name=}, as DatabaseUrl reads it. */
	private static final Pattern PASSWORD_PARAMETER = Pattern
		.compile("(?i)[?&;]password=([^&]*(?:&(?![\\w.-]+=)[^&]*)*)");

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
		// Raw and decoded, from every place a password can sit: a url may carry two
		// passwords (user info and a parameter), and only one of them is used.
		Matcher parameter = PASSWORD_PARAMETER.matcher(url);
		while (parameter.find()) {
			registerRawAndDecoded(parameter.group(1), masker);
		}
		int schemeEnd = url.indexOf("://");
		int at = url.lastIndexOf('@');
		if (schemeEnd >= 0 && at > schemeEnd) {
			// As DatabaseUrl reads it: user info to the last '@', the password after its
			// first ':'.
			String userInfo = url.substring(schemeEnd + 3, at);
			int colon = userInfo.indexOf(':');
			if (colon >= 0) {
				registerRawAndDecoded(userInfo.substring(colon + 1), masker);
			}
		}
		try {
			masker.register(DatabaseUrl.parse(url).password());
		}
		catch (IllegalArgumentException ex) {
			// Not a url we can read; the raw forms above and the url-shape mask cover it.
		}
	}

	private static void registerRawAndDecoded(String password, SecretMasker masker) {
		masker.register(password);
		try {
			masker.register(URLDecoder.decode(password.replace("+", "%2B"), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			// Not valid %-encoding: the raw form is the one that can be printed.
		}
	}

}
