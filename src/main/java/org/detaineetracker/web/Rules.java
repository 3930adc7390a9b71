package org.detaineetracker.web;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The limits every form checks, the same ones the database enforces (see the migrations; a test
 * compares them with the column definitions), so a form error and a constraint always agree.
 */
public final class Rules {

	public static final int MAX_COUNT = 10_000_000;

	public static final int SLUG_MAX = 120;

	public static final int NAME_MAX = 200;

	public static final int SHORT_NAME_MAX = 40;

	public static final int ADMIN1_MAX = 120;

	public static final int DESCRIPTION_MAX = 2000;

	/** Cohort descriptions are shorter than facility descriptions (V3). */
	public static final int COHORT_DESCRIPTION_MAX = 1000;

	public static final int NOTE_MAX = 1000;

	public static final int OUTLET_MAX = 200;

	public static final int TITLE_MAX = 400;

	public static final int URL_MAX = 2000;

	public static final int SPEAKER_MAX = 300;

	public static final int QUOTE_MAX = 600;

	/** The passage of a pasted article that a figure accepted from the claim finder came from (V50, V51). */
	public static final int PASSAGE_MAX = 600;

	public static final int REASON_MAX = 1000;

	/** How many other names one facility may have; each is at most {@link #NAME_MAX} characters. */
	public static final int ALIASES_MAX = 50;

	public static final double LATITUDE_MAX = 90;

	public static final double LONGITUDE_MAX = 180;

	/** numeric(8, 5): coordinates are kept to five decimal places (about a metre). */
	public static final int COORDINATE_SCALE = 5;

	/**
	 * The highest page number any list or the API accepts: even at the largest page size the offset
	 * stays far inside the int range the database query takes.
	 */
	public static final int MAX_PAGE = 100_000;

	public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/**
	 * As strict as the database's {@code ^https?://[^\\s]+$}: a lower-case scheme (forms lower-case it
	 * first) and no white space of any kind, Unicode spaces included.
	 */
	public static final Pattern URL = Pattern.compile("https?://\\S+", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private Rules() {
	}

	/** An ISO 3166-1 alpha-2 code as the database stores it: two upper-case letters naming a country. */
	public static boolean isCountryCode(String code) {
		return code != null && COUNTRIES.contains(code);
	}

	/** Control characters are refused everywhere; multi-line fields may keep line breaks and tabs. */
	public static boolean hasControlCharacters(String text, boolean multiline) {
		return text != null && text.codePoints()
			.anyMatch(c -> (Character.isISOControl(c) || c == 0x2028 || c == 0x2029)
					&& !(multiline && (c == '\n' || c == '\r' || c == '\t')));
	}

}
