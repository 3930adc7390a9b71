package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.detaineetracker.test.TrackerTest;
import org.detaineetracker.web.PassageSeal;

/**
 * Ten thousand malformed submissions, generated from a fixed seed across every form: each starts
 * from a valid submission and breaks one to three fields in a way that must be refused. None may
 * answer 5xx, none may be accepted, and no table may gain or lose a row. Not transactional: a write
 * that slipped through would be committed and counted.
 */
@TrackerTest
class MalformedSubmissionsTest {

	static final int SUBMISSIONS = 10_000;

	static final long SEED = 20261121L;

	static final List<String> TABLES = List.of("facility", "facility_alias", "custody_holder", "custody_period", "cohort",
			"source", "reported_count", "movement", "account", "revision", "facility_aud", "facility_alias_aud",
			"custody_holder_aud", "custody_period_aud", "cohort_aud", "source_aud", "reported_count_aud", "movement_aud");

	/**
	 * A form: where it posts, a valid submission, and for each field values that must be refused.
	 * (Leading and trailing white space and control characters are trimmed by design, so the control
	 * characters here sit inside the text.)
	 */
	record FormSpec(String path, Map<String, String> valid, Map<String, List<String>> invalid) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PassageSeal seal;

	@Test
	void noMalformedSubmissionIsAcceptedOrFailsWithA5xx() throws Exception {
		List<FormSpec> forms = forms();
		Map<String, Long> before = rowCounts();
		Random random = new Random(SEED);
		Map<Integer, Integer> statuses = new TreeMap<>();
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < SUBMISSIONS; i++) {
			FormSpec form = forms.get(random.nextInt(forms.size()));
			Map<String, String> fields = new LinkedHashMap<>(form.valid());
			List<String> broken = new ArrayList<>(form.invalid().keySet());
			int mutations = 1 + random.nextInt(Math.min(3, broken.size()));
			for (int m = 0; m < mutations; m++) {
				String field = broken.remove(random.nextInt(broken.size()));
				List<String> values = form.invalid().get(field);
				String value = values.get(random.nextInt(values.size()));
				if (value == null) {
					fields.remove(field);
				}
				else {
					fields.put(field, value);
				}
			}
			MockHttpServletRequestBuilder request = post(form.path()).with(csrf()).with(user("admin").roles("ADMIN"));
			fields.forEach(request::param);
			int status = mvc.perform(request).andReturn().getResponse().getStatus();
			statuses.merge(status, 1, Integer::sum);
			if (status < 400 || status >= 500) {
				problems.add(status + " for " + form.path() + " " + fields);
			}
		}
		System.out.println("Malformed submissions: " + SUBMISSIONS + " across " + forms.size() + " forms; statuses "
				+ statuses);
		assertThat(problems).as("accepted or failed submissions").isEmpty();
		assertThat(rowCounts()).isEqualTo(before);
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	private List<FormSpec> forms() {
		long panorama = id("select id from facility where slug = 'panorama-prison'");
		long cohort = id("select id from cohort where slug = 'isis-detainees'");
		long holder = id("select id from custody_holder where slug = 'sdf'");
		long source = id("select id from source where published_precision = 'DAY'");
		long count = id("select id from reported_count where value = 4500");
		long countVersion = id("select version from reported_count where value = 4500");
		long analyst = id("select id from account where username = 'analyst'");
		long admin = id("select id from account where username = 'admin'");

		List<String> badReference = List.of("", "0", "999999999", "abc", "1.5", "-1", "<script>", "1 or 1=1",
				"99999999999999999999");
		List<String> badOptionalReference = List.of("999999999", "abc", "-1", "1e9");
		// dates outside 1900 to next year: the database would store -0001 as 2 BC, and fail on -999999999
		List<String> outOfRangeDates = List.of("-999999999-01-01", "-0001-01-01", "0000-01-01", "1899-12-31",
				"+10000-01-01", "+999999999-12-31");
		List<String> badText = List.of("", " ", "control\u0000character", "a bell\u0007rings", "escape\u001b[31m sequence");

		Map<String, String> count0 = new LinkedHashMap<>();
		count0.put("facility", String.valueOf(panorama));
		count0.put("cohort", String.valueOf(cohort));
		count0.put("custodyHolder", String.valueOf(holder));
		count0.put("value", "4700");
		count0.put("qualifier", "OVER");
		count0.put("asOf", "2026-01-21");
		count0.put("asOfPrecision", "DAY");
		count0.put("source", String.valueOf(source));
		count0.put("speaker", "A prison official");
		count0.put("quote", "More than 4,700 are held here.");
		Map<String, List<String>> countInvalid = new LinkedHashMap<>();
		countInvalid.put("facility", badReference);
		countInvalid.put("cohort", badReference);
		countInvalid.put("source", badReference);
		countInvalid.put("custodyHolder", badOptionalReference);
		countInvalid.put("value", List.of("", "abc", "-1", "10000001", "99999999999", "1e3", "4,500", "0x10", "4500.5"));
		countInvalid.put("qualifier", List.of("", "OVERR", "over", "1", "RANGE;"));
		countInvalid.put("valueHigh", List.of("5000", "abc", "-3"));
		countInvalid.put("asOf", concat(List.of("", "2026-13-01", "2026-02-30", "21/01/2026", "2999-01-01", "yesterday",
				"2026-01-22"), outOfRangeDates));
		// only the form's own fields are bound: a nested name would reach into the records it refers to
		countInvalid.put("facility.aliases[0]", List.of("x", "Another name"));
		countInvalid.put("source.title", List.of("Rewritten"));
		countInvalid.put("asOfPrecision", List.of("", "WEEK", "day"));
		countInvalid.put("speaker", concat(badText, List.of("x".repeat(301), "tab\tinside")));
		countInvalid.put("quote", List.of("x".repeat(601), "a nul\u0000inside", "red\u001b[31m text"));

		Map<String, String> edit0 = new LinkedHashMap<>(count0);
		edit0.put("version", String.valueOf(countVersion));
		Map<String, List<String>> editInvalid = new LinkedHashMap<>(countInvalid);
		editInvalid.put("version", List.of("", "abc", "-1", String.valueOf(countVersion + 7)));

		Map<String, String> retract0 = Map.of("reason", "The outlet corrected it.", "version", String.valueOf(countVersion));
		Map<String, List<String>> retractInvalid = new LinkedHashMap<>();
		retractInvalid.put("reason", concat(badText, List.of("x".repeat(1001))));
		retractInvalid.put("version", List.of("abc", "1.5", String.valueOf(countVersion + 3)));

		Map<String, String> account0 = Map.of("username", "fresh-account", "password", "a-long-enough-password",
				"role", "ANALYST");
		Map<String, List<String>> accountInvalid = new LinkedHashMap<>();
		accountInvalid.put("username", List.of("", "ab", "UPPER CASE", "x".repeat(41), "bad/slash", "admin", "nul\u0000inside"));
		accountInvalid.put("password", List.of("", "short", "x".repeat(129), "long-enough-but-\u0000-nul"));
		accountInvalid.put("role", List.of("", "ROOT", "admin", "ADMIN!"));

		List<String> badSlug = List.of("", "Bad Slug", "-x", "x--y", "x".repeat(121), "slug/with/slash");
		List<String> badCountry = List.of("XX", "SYR", "1", "S");
		long centcom = id("select id from custody_holder where slug = 'us-centcom'");
		long baghdad = id("select id from facility where slug = 'baghdad-airport-detention-facility'");

		Map<String, String> source0 = new LinkedHashMap<>();
		source0.put("outlet", "Generated outlet");
		source0.put("title", "A generated title");
		source0.put("url", "https://example.org/report");
		source0.put("kind", "NEWS");
		source0.put("publishedOn", "2026-01-01");
		source0.put("publishedPrecision", "DAY");
		Map<String, List<String>> sourceInvalid = new LinkedHashMap<>();
		sourceInvalid.put("outlet", concat(badText, List.of("x".repeat(201))));
		sourceInvalid.put("title", concat(badText, List.of("x".repeat(401))));
		sourceInvalid.put("url", List.of("javascript:alert(1)", "ftp://example.org/x", "not a url", "http://a b",
				"https://" + "x".repeat(2000)));
		sourceInvalid.put("kind", List.of("", "BLOG", "news"));
		sourceInvalid.put("publishedOn", concat(List.of("", "2999-01-01", "2026-02-30", "someday"), outOfRangeDates));
		sourceInvalid.put("publishedPrecision", List.of("", "WEEK"));
		sourceInvalid.put("cites", badOptionalReference);
		sourceInvalid.put("note", List.of("x".repeat(1001), "a nul\u0000inside"));

		Map<String, String> facility0 = new LinkedHashMap<>();
		facility0.put("slug", "generated-facility");
		facility0.put("name", "Generated facility");
		facility0.put("kind", "PRISON");
		facility0.put("countryCode", "SY");
		facility0.put("status", "ACTIVE");
		Map<String, List<String>> facilityInvalid = new LinkedHashMap<>();
		facilityInvalid.put("slug", concat(badSlug, List.of("panorama-prison")));
		facilityInvalid.put("name", concat(badText, List.of("x".repeat(201))));
		facilityInvalid.put("kind", List.of("", "JAIL"));
		facilityInvalid.put("countryCode", concat(badCountry, List.of("")));
		facilityInvalid.put("latitude", List.of("91", "abc", "-90.5"));
		facilityInvalid.put("longitude", List.of("181", "abc"));
		facilityInvalid.put("coordinatePrecision", List.of("NEAR", "exact"));
		facilityInvalid.put("parent", concat(badOptionalReference, List.of(String.valueOf(panorama))));
		facilityInvalid.put("status", List.of("", "OPEN"));
		facilityInvalid.put("aliases", List.of("x".repeat(201), "an alias with a nul\u0000inside"));
		facilityInvalid.put("description", List.of("x".repeat(2001), "a bell\u0007rings"));

		Map<String, String> holder0 = new LinkedHashMap<>();
		holder0.put("slug", "generated-holder");
		holder0.put("name", "Generated holder");
		holder0.put("kind", "GOVERNMENT");
		Map<String, List<String>> holderInvalid = new LinkedHashMap<>();
		holderInvalid.put("slug", concat(badSlug, List.of("sdf")));
		holderInvalid.put("name", concat(badText, List.of("x".repeat(201))));
		holderInvalid.put("shortName", List.of("x".repeat(41), "a nul\u0000inside"));
		holderInvalid.put("kind", List.of("", "ARMY"));
		holderInvalid.put("countryCode", badCountry);

		Map<String, String> cohort0 = new LinkedHashMap<>();
		cohort0.put("slug", "generated-cohort");
		cohort0.put("name", "Generated cohort");
		Map<String, List<String>> cohortInvalid = new LinkedHashMap<>();
		cohortInvalid.put("slug", concat(badSlug, List.of("isis-detainees")));
		cohortInvalid.put("name", concat(badText, List.of("x".repeat(201))));
		cohortInvalid.put("description", List.of("x".repeat(1001), "a nul\u0000inside"));
		cohortInvalid.put("parent", badOptionalReference);

		Map<String, String> period0 = new LinkedHashMap<>();
		period0.put("facility", String.valueOf(panorama));
		period0.put("holder", String.valueOf(holder));
		period0.put("source", String.valueOf(source));
		Map<String, List<String>> periodInvalid = new LinkedHashMap<>();
		periodInvalid.put("facility", badReference);
		periodInvalid.put("holder", badReference);
		periodInvalid.put("source", badReference);
		periodInvalid.put("startedOn", concat(List.of("2999-01-01", "someday", "2026-02-30"), outOfRangeDates));
		periodInvalid.put("endedOn", outOfRangeDates);
		periodInvalid.put("endedPrecision", List.of("WEEK", "MONTH"));
		periodInvalid.put("note", List.of("x".repeat(1001), "a nul\u0000inside"));

		Map<String, String> movement0 = new LinkedHashMap<>();
		movement0.put("kind", "TRANSFER");
		movement0.put("status", "COMPLETED");
		movement0.put("from", String.valueOf(panorama));
		movement0.put("to", String.valueOf(baghdad));
		movement0.put("operator", String.valueOf(centcom));
		movement0.put("cohort", String.valueOf(cohort));
		movement0.put("qualifier", "EXACT");
		movement0.put("value", "150");
		movement0.put("tally", "BATCH");
		movement0.put("startedOn", "2026-01-21");
		movement0.put("startedPrecision", "DAY");
		movement0.put("source", String.valueOf(source));
		movement0.put("speaker", "U.S. Central Command statement");
		Map<String, List<String>> movementInvalid = new LinkedHashMap<>();
		movementInvalid.put("kind", List.of("", "FLIGHT"));
		movementInvalid.put("from", badReference);
		movementInvalid.put("to", concat(badOptionalReference, List.of(String.valueOf(panorama))));
		movementInvalid.put("cohort", badReference);
		movementInvalid.put("value", countInvalid.get("value"));
		movementInvalid.put("qualifier", countInvalid.get("qualifier"));
		movementInvalid.put("valueHigh", List.of("5000", "abc", "-3"));
		movementInvalid.put("tally", List.of("", "SOME"));
		movementInvalid.put("status", List.of("", "DONE"));
		movementInvalid.put("startedOn", concat(List.of("someday", "2026-02-30", "2999-01-01"), outOfRangeDates));
		movementInvalid.put("endedOn", outOfRangeDates);
		movementInvalid.put("cohort.parent", List.of("1"));
		movementInvalid.put("operator", badOptionalReference);
		movementInvalid.put("source", badReference);
		movementInvalid.put("speaker", countInvalid.get("speaker"));
		movementInvalid.put("quote", countInvalid.get("quote"));

		// the claim finder writes nothing; a refused paste is a 400, or a 413 when it is too long
		Map<String, String> claims0 = new LinkedHashMap<>();
		claims0.put("text", "Nearly 6,000 detainees remain in the camp, officials said.");
		claims0.put("source", String.valueOf(source));
		Map<String, List<String>> claimsInvalid = new LinkedHashMap<>();
		claimsInvalid.put("text", List.of("", " \n\t ", "nul\u0000inside", "\u0001\u0002\u0003\u0004 text",
				"<div><img src=x.png></div>", "x".repeat(200_001)));
		claimsInvalid.put("source", List.of("abc", "999999999", "-1", "1.5", "<script>"));

		// a figure accepted from the claim finder carries the passage it was read in
		Map<String, String> accepted0 = new LinkedHashMap<>(count0);
		accepted0.put("quote", "More than 4,700 are held here.");
		accepted0.put("passageStart", "10");
		accepted0.put("passageEnd", "40");
		accepted0.put("passageText", "More than 4,700 are held here.");
		accepted0.put("pastedTextSha256", "a".repeat(64));
		accepted0.put("passageSignature", seal.sign(10, 40, "More than 4,700 are held here.", "a".repeat(64)));
		Map<String, List<String>> acceptedInvalid = new LinkedHashMap<>();
		acceptedInvalid.put("passageStart", List.of("-1", "40", "41", "abc", "99999999999", ""));
		acceptedInvalid.put("passageEnd", List.of("10", "9", "39", "abc", ""));
		acceptedInvalid.put("passageText", List.of("", "x".repeat(601), "a nul\u0000inside", "Not the passage at all."));
		acceptedInvalid.put("pastedTextSha256", List.of("abc", "A".repeat(64), "g".repeat(64), "a".repeat(65), "b".repeat(64)));
		// a passage nobody read here: no signature, an invented one, or the signature of another passage
		acceptedInvalid.put("passageSignature", List.of("", "forged", "A".repeat(43),
				seal.sign(10, 40, "More than 4,700 are held there", "a".repeat(64))));

		return List.of(new FormSpec("/counts", count0, countInvalid),
				new FormSpec("/claims", claims0, claimsInvalid),
				new FormSpec("/counts", accepted0, acceptedInvalid),
				new FormSpec("/sources", source0, sourceInvalid),
				new FormSpec("/facilities", facility0, facilityInvalid),
				new FormSpec("/holders", holder0, holderInvalid),
				new FormSpec("/cohorts", cohort0, cohortInvalid),
				new FormSpec("/custody-periods", period0, periodInvalid),
				new FormSpec("/movements", movement0, movementInvalid),
				new FormSpec("/counts/" + count, edit0, editInvalid),
				new FormSpec("/counts/" + count + "/retract", retract0, retractInvalid),
				new FormSpec("/admin/users", account0, accountInvalid),
				new FormSpec("/admin/users/" + analyst + "/role", Map.of("role", "EDITOR"),
						Map.of("role", List.of("", "ROOT", "editor", "EDITOR!"))),
				new FormSpec("/admin/users/" + analyst + "/password", Map.of("password", "another-long-password"),
						Map.of("password", List.of("", "short", "x".repeat(129), "nul\u0000-in-a-long-password"))),
				new FormSpec("/admin/users/" + admin + "/enabled", Map.of("enabled", "true"),
						Map.of("enabled", List.of("false", "maybe", "", "2"))));
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
