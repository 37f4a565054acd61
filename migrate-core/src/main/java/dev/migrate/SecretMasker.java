package dev.migrate;

import java.io.PrintStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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

	/**
	 * A scheme and the user name of a url's user info, up to the colon before a password.
	 */
	private static final Pattern USER_INFO = Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://[^/\\s:@?#\\[\\]]*:");

	/** What follows {@code host:} when the colon starts a port, not a password. */
	private static final Pattern PORT = Pattern.compile("\\d*(?=[/,?\\s]|$)");

	/**
	 * A {@code password=} parameter; its value runs to the next {@code &name=}, so that
	 * an unencoded {@code &} or {@code ;} in it is masked too.
	 */
	private static final Pattern PASSWORD_PARAMETER = Pattern
		.compile("(?i)(password\\s*=\\s*)[^&\\s]+(?:&(?![\\w.-]+=)[^&\\s]*)*");

	/** A url's password parameter, its value running to the next {@code &name=}. */
	private static final Pattern URL_PASSWORD_PARAMETER = Pattern
		.compile("(?i)[?&;]password=([^&]*(?:&(?![\\w.-]+=)[^&]*)*)");

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
	 * Registers every password {@code url} carries, raw and decoded: the user info's
	 * (after its first {@code :}, up to the url's last {@code @}, so an unencoded one is
	 * taken whole) and each {@code password=} parameter's (up to the next
	 * {@code &name=}). A url may carry both, and only one is used; null is ignored. A url
	 * can reach the driver and the pool in forms they cannot read, and their messages
	 * then quote whatever pieces they made of it, which only the literal catches.
	 */
	public void registerUrl(@Nullable String url) {
		if (url == null || url.isEmpty()) {
			return;
		}
		Matcher parameter = URL_PASSWORD_PARAMETER.matcher(url);
		while (parameter.find()) {
			registerRawAndDecoded(parameter.group(1));
		}
		int schemeEnd = url.indexOf("://");
		int at = url.lastIndexOf('@');
		if (schemeEnd >= 0 && at > schemeEnd) {
			String userInfo = url.substring(schemeEnd + 3, at);
			int colon = userInfo.indexOf(':');
			if (colon >= 0) {
				registerRawAndDecoded(userInfo.substring(colon + 1));
			}
		}
	}

	private void registerRawAndDecoded(String password) {
		register(password);
		try {
			register(URLDecoder.decode(password.replace("+", "%2B"), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			// Not valid %-encoding: the raw form is the one that can be printed.
		}
	}

	/**
	 * The text with URL credentials, {@code password=} parameters and registered secrets
	 * replaced by {@value #MASK}; null stays null.
	 */
	public @Nullable String mask(@Nullable String text) {
		return (text != null) ? maskText(text) : null;
	}

	/** {@link #mask} for text known to be there, so callers need no null check. */
	String maskText(String text) {
		// Registered secrets first, longest first (a secret that contains another is
		// masked whole): the shape rules below may take a password for a port, or end it
		// at a space, and cut a secret in two pieces that its literal no longer matches.
		String masked = text;
		List<String> ordered = secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
		for (String secret : ordered) {
			masked = masked.replace(secret, MASK);
		}
		return maskUrls(masked);
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
	 * apply. A password may be pasted unencoded and hold any character, so the user info
	 * is taken to run to the last {@code @} of the url ({@code docs/cli.md} states the
	 * same rule for parsing); a url cut short by a space in its password is masked up to
	 * the next {@code @} on the line. Where that guesses wrong it hides too much, never
	 * too little.
	 */
	public static String maskUrls(String text) {
		return PASSWORD_PARAMETER.matcher(maskUserInfo(text)).replaceAll("$1" + MASK);
	}

	/**
	 * Like {@link #maskUrls}, for a string that is one whole url (a setting, not a line
	 * of text): its end is known, so a {@code password=} parameter's value runs to the
	 * next {@code &name=} or the end, a space included. In free text a space must end it,
	 * which leaves the rest of such a password to the registered literal, and a message
	 * built from the url half-masked no longer holds that literal whole.
	 */
	public static String maskUrl(String url) {
		Matcher parameter = URL_PASSWORD_PARAMETER.matcher(url);
		String masked = parameter
			.replaceAll((match) -> Matcher.quoteReplacement(url.substring(match.start(), match.start(1)) + MASK));
		return maskUrls(masked);
	}

	private static String maskUserInfo(String text) {
		Matcher userInfo = USER_INFO.matcher(text);
		StringBuilder masked = new StringBuilder(text.length());
		int copied = 0;
		int from = 0;
		while (from < text.length() && userInfo.find(from)) {
			int start = userInfo.end();
			int end = passwordEnd(text, start);
			if (end < 0) {
				from = start;
				continue;
			}
			end = Math.max(end, passwordParameterEnd(text, start, end));
			masked.append(text, copied, start).append(MASK);
			copied = end;
			from = end;
		}
		return masked.append(text, copied, text.length()).toString();
	}

	/**
	 * Where the password starting at {@code start} ends (its {@code @}), or -1 when the
	 * colon before {@code start} separates a host from its port.
	 */
	private static int passwordEnd(String text, int start) {
		int tokenEnd = indexOfWhitespace(text, start);
		int at = text.lastIndexOf('@', tokenEnd - 1);
		if (at >= start) {
			return at;
		}
		if (PORT.matcher(text).region(start, text.length()).lookingAt()) {
			return -1;
		}
		int lineEnd = text.indexOf('\n', start);
		lineEnd = (lineEnd < 0) ? text.length() : lineEnd;
		int nextAt = text.indexOf('@', tokenEnd);
		if (nextAt >= 0 && nextAt < lineEnd) {
			int after = indexOfWhitespace(text, nextAt);
			return text.lastIndexOf('@', after - 1);
		}
		return tokenEnd;
	}

	/**
	 * Where a {@code password=} parameter inside {@code text[start, end)} ends, or -1. In
	 * {@code host:5432/db?password=a@b} the colon starts either a port or a password
	 * running to the {@code @}; masking up to the {@code @} alone would leave the
	 * parameter's {@code b} in the clear, so the mask runs on to the parameter's end.
	 */
	private static int passwordParameterEnd(String text, int start, int end) {
		Matcher parameter = PASSWORD_PARAMETER.matcher(text).region(start, text.length());
		int last = -1;
		while (parameter.find() && parameter.start() < end) {
			last = parameter.end();
		}
		return last;
	}

	private static int indexOfWhitespace(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return text.length();
	}

}
