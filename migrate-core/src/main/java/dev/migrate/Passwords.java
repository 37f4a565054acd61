package dev.migrate;

/**
 * Keeps passwords out of what migrate prints: every launcher (the CLI, the Spring module,
 * the Maven plugin) shows connection URLs through here, so there is one rule for what
 * counts as a password in a URL.
 */
public final class Passwords {

	private Passwords() {
	}

	/**
	 * {@code url} with the password of its user-info part ({@code //user:secret@host})
	 * and of any {@code password=} parameter replaced by {@code ***}.
	 */
	public static String withoutPassword(String url) {
		return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
	}

}
