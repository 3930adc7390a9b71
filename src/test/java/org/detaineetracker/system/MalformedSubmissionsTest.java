package org.detaineetracker.system;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
		countInvalid.put("asOf", List.of("", "2026-13-01", "2026-02-30", "21/01/2026", "2999-01-01", "yesterday",
				"2026-01-22"));
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

		return List.of(new FormSpec("/counts", count0, countInvalid),
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
