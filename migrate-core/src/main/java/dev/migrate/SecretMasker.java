package dev.migrate;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of everything the command line prints. Two nets, because either
 * alone leaks: the shape of URLs ({@code user:secret@host}, {@code password=secret})
 * catches passwords the CLI never saw as such (a password typed into {@code --url}), and
 * the literal values of every password the CLI was given catch the rest (a driver message
 * quoting it, an echoed argument).
 *
 * <p>
 * Literal masking is deliberately blunt: a password that is also an ordinary word is
 * masked wherever that word appears. Unreadable output is the better failure than a
 * leaked secret.
 */
public final class SecretMasker {

	public static final String MASK = "****";

	private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://[^/\\s:@]*):[^\\s/]*@");

	private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password\\s*=\\s*)[^&;\\s'\"]+");

	private final Set<String> secrets = ConcurrentHashMap.newKeySet();

	/**
	 * Masks every later occurrence of {@code secret} (and of its URL-encoded form); null
	 * and empty are ignored.
	 */
	public void register(String secret) {
		if (secret == null || secret.isEmpty()) {
			return;
		}
		secrets.add(secret);
		String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
		if (!encoded.equals(secret)) {
			secrets.add(encoded);
			secrets.add(encoded.replace("+", "%20"));
		}
	}

	/**
	 * The text with URL credentials, {@code password=} parameters and registered secrets
	 * replaced by {@value #MASK}.
	 */
	public String mask(String text) {
		if (text == null) {
			return null;
		}
		String masked = maskUrls(text);
		// Longest first, so a secret that contains another is masked whole.
		List<String> ordered = secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
		for (String secret : ordered) {
			masked = masked.replace(secret, MASK);
		}
		return masked;
	}

	/**
	 * A stream that writes to {@code target} with every line {@linkplain #mask masked}.
	 * Lines go out as they end; a partial line only on an explicit {@code flush()}, which
	 * is why the stream does not auto-flush (a {@code PrintStream} that does flushes
	 * after every {@code print}, splitting lines).
	 */
	public PrintStream maskedStream(PrintStream target) {
		return new PrintStream(new MaskingOutputStream(target, this), false, StandardCharsets.UTF_8);
	}

	/**
	 * Masks credentials by the shape of URLs alone; used where no registered secrets
	 * apply.
	 */
	public static String maskUrls(String text) {
		String masked = USER_INFO.matcher(text).replaceAll("$1:" + MASK + "@");
		return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
	}

}
