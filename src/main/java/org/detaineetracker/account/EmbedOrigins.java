package org.detaineetracker.account;

import java.net.IDN;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The sites an admin lets frame the embed views, read from what they typed: one origin per line or
 * separated by spaces, {@code https://news.example.org} or {@code https://*.example.org}. Each
 * becomes a source expression of the Content-Security-Policy's {@code frame-ancestors}, so anything
 * that is not exactly an origin is refused with the reason, never passed into the header.
 */
public final class EmbedOrigins {

	/** Enough for a newsroom's sites; a header grows with every one. */
	public static final int MOST = 20;

	private static final Pattern ORIGIN = Pattern
		.compile("https?://(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\\d{1,5})?");

	private EmbedOrigins() {
	}

	/** What was typed, as origins; {@link Refused} names the first that is not one. */
	public static List<String> parse(String typed) {
		LinkedHashSet<String> origins = new LinkedHashSet<>();
		for (String word : typed == null ? new String[0] : typed.strip().split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			String origin = normalise(word);
			if (!ORIGIN.matcher(origin).matches()) {
				throw new Refused("“" + abbreviate(word) + "” is not a site address: write each as https://www.example.org"
						+ " (scheme and host, a port if needed, no path), one per line.");
			}
			origins.add(origin);
		}
		if (origins.size() > MOST) {
			throw new Refused("List at most " + MOST + " sites; " + origins.size() + " were given.");
		}
		return List.copyOf(origins);
	}

	/** As stored: one origin per line, each checked when saved. */
	static List<String> split(String stored) {
		List<String> origins = new ArrayList<>();
		for (String line : stored.split("\\n")) {
			if (!line.isBlank()) {
				origins.add(line.strip());
			}
		}
		return origins;
	}

	/** Lower case, no trailing slash, and an international name in its ASCII form, as a browser sends it. */
	private static String normalise(String word) {
		String origin = word.toLowerCase(Locale.ROOT);
		if (origin.endsWith("/")) {
			origin = origin.substring(0, origin.length() - 1);
		}
		int host = origin.indexOf("://");
		if (host < 0) {
			return origin;
		}
		try {
			return origin.substring(0, host + 3) + IDN.toASCII(origin.substring(host + 3), IDN.ALLOW_UNASSIGNED);
		}
		catch (IllegalArgumentException notAName) {
			return origin;
		}
	}

	private static String abbreviate(String word) {
		return word.length() <= 80 ? word : word.substring(0, 77) + "…";
	}

	/** A list that cannot go into the header, with the reason in the admin's words. */
	public static final class Refused extends RuntimeException {

		Refused(String reason) {
			super(reason);
		}

	}

}
