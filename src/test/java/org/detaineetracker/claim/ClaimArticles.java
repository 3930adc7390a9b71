package org.detaineetracker.claim;

/** Short articles written for the claim finder's page, API and browser tests (never seed text). */
public final class ClaimArticles {

	/**
	 * Four candidates the finder reads as likely ("nearly 6,000" held at al-Hawl, "about 400" moved to
	 * Panorama prison, "Between 60 and 90" escaped) and several it marks unlikely (a date, a year, a
	 * count of sections, a count of guards).
	 */
	public static final String CAMP_REPORT = """
			Camp officials in northeast Syria said on 3 March 2026 that nearly 6,000 women and children remain at al-Hawl.
			"We moved about 400 detainees to Panorama prison last week," said Col. Amira Haddad, the camp's security chief.
			The annex, built in 2019, has 12 sections and employs 150 guards.
			Between 60 and 90 fighters escaped from a holding site in late February, according to local police.
			""";

	/** The same report as a web page: markup, a script and a style that must not be read as text. */
	public static final String CAMP_REPORT_HTML = """
			<html><head><title>Camp report</title><style>p { color: red }</style>
			<script>var detainees = 12345;</script></head>
			<body><article><h1>Camp report</h1>
			<p>Camp officials said on 3 March 2026 that <b>nearly 6,000</b> women and children remain at al-Hawl.</p>
			<p>Between 60 and 90 fighters escaped in late February, according to local police.</p>
			</article></body></html>
			""";

	/** Right-to-left Arabic with Arabic-Indic digits and a direction mark: "over 8,000 detainees held in al-Hol camp". */
	public static final String ARABIC = "\u200Fقال مسؤول في المخيم إن أكثر من ٨٠٠٠ معتقل محتجزون في مخيم الهول.";

	private ClaimArticles() {
	}

}
