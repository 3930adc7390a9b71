package org.detaineetracker.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.detaineetracker.test.FormTests.hasFieldError;
import static org.detaineetracker.test.FormTests.revisions;
import static org.detaineetracker.test.FormTests.rows;
import static org.detaineetracker.test.FormTests.submit;
import static org.detaineetracker.test.FormTests.with;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.NewRows;
import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;
import org.detaineetracker.web.Constraints;
import org.detaineetracker.web.RejectedFormException;
import org.detaineetracker.web.Writes;
import org.detaineetracker.web.Writes.Unique;

/** Editors add and correct facilities; every bad input is a 400 with the form again and nothing written. */
@TrackerTest
@WithMockUser(username = "editor", roles = "EDITOR")
class FacilityFormTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FacilityService facilities;

	@Autowired
	FacilityRepository repository;

	NewRows newRows;

	@BeforeEach
	void mark() {
		newRows = NewRows.mark(jdbc);
	}

	@AfterEach
	void removeWhatTheTestWrote() {
		newRows.remove();
	}

	static Map<String, String> valid() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slug", "roj-camp");
		fields.put("name", "Roj camp");
		fields.put("kind", "CAMP");
		fields.put("countryCode", "sy");
		fields.put("admin1", "Al-Hasakah Governorate");
		fields.put("latitude", "36.8");
		fields.put("longitude", "42.1");
		fields.put("coordinatePrecision", "SETTLEMENT");
		fields.put("parent", "");
		fields.put("description", "");
		fields.put("status", "ACTIVE");
		fields.put("aliases", "");
		return fields;
	}

	long idOf(String slug) {
		return jdbc.sql("select id from facility where slug = ?").param(slug).query(Long.class).single();
	}

	@Test
	void anEditorAddsAFacilityThenRenamesIt() throws Exception {
		long group = idOf("sdf-detention-facilities-northeast-syria");
		Map<String, String> fields = with(with(valid(), "parent", String.valueOf(group)), "aliases",
				" al-Roj \nAL-ROJ\n\n Roj camp ");
		Page created = submit(mvc, "/facilities", fields);
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.header("Location")).isEqualTo("/facilities/roj-camp");
		long id = idOf("roj-camp");

		Page shown = Pages.fetch(mvc, "/facilities/roj-camp");
		assertThat(shown.text("h1")).isEqualTo("Roj camp");
		assertThat(shown.text("#aliases")).isEqualTo("al-Roj, Roj camp");
		assertThat(shown.text("#location")).isEqualTo("Al-Hasakah Governorate, Syria");
		assertThat(shown.text(".crumbs")).contains("SDF-run detention facilities in northeast Syria");
		assertThat(jdbc.sql("select country_code || ' ' || latitude from facility where id = ?").param(id)
			.query(String.class).single()).isEqualTo("SY 36.80000");

		Page edit = Pages.fetch(mvc, "/facilities/roj-camp/edit");
		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.document().select("#aliases").val()).isEqualTo("al-Roj\nRoj camp");

		Map<String, String> renamed = with(with(with(fields, "slug", "roj-camp-hasakah"), "name", "Roj camp (Hasakah)"),
				"version", "0");
		Page updated = submit(mvc, "/facilities/roj-camp", with(renamed, "aliases", "Roj camp\nMalikiyah camp"));
		assertThat(updated.status()).isEqualTo(302);
		assertThat(updated.header("Location")).isEqualTo("/facilities/roj-camp-hasakah");
		Page after = Pages.fetch(mvc, "/facilities/roj-camp-hasakah");
		assertThat(after.text("h1")).isEqualTo("Roj camp (Hasakah)");
		assertThat(after.text("#aliases")).isEqualTo("Malikiyah camp, Roj camp");
		assertThat(Pages.fetch(mvc, "/facilities/roj-camp").status()).isEqualTo(404);
		assertThat(Pages.fetch(mvc, "/facilities/roj-camp-hasakah/history").text("#history"))
			.contains("Roj camp (Hasakah)", "al-Roj", "Malikiyah camp");

		assertThat(revisions(jdbc, "facility", id)).containsExactly("editor:0", "editor:1");
		assertThat(Pages.fetch(mvc, "/facilities").document().select("#add-facility").attr("href"))
			.isEqualTo("/facilities/new");
	}

	@Test
	void aFacilityWithoutCoordinatesHasNoPrecisionEither() throws Exception {
		Map<String, String> fields = with(with(with(valid(), "latitude", ""), "longitude", ""), "coordinatePrecision", "");
		assertThat(submit(mvc, "/facilities", fields).status()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from facility where slug = 'roj-camp' and latitude is null")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void missingFieldsAreNamedAndNothingIsWritten() throws Exception {
		long before = rows(jdbc, "facility");
		Page page = submit(mvc, "/facilities", Map.of());
		assertThat(page.status()).isEqualTo(400);
		for (String field : new String[] { "slug", "name", "kind", "countryCode" }) {
			assertThat(hasFieldError(page, field)).as(field).isTrue();
		}
		assertThat(rows(jdbc, "facility")).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			slug                | Roj Camp
			slug                | roj--camp
			slug                | panorama-prison
			name                | '   '
			name                | 'Roj\033camp'
			kind                | FORT
			countryCode         | XX
			countryCode         | Syria
			latitude            | north
			latitude            | 90.5
			longitude           | -180.01
			longitude           | ''
			coordinatePrecision | ''
			coordinatePrecision | MILES
			status              | OPEN
			parent              | abc
			parent              | 999999999
			parent              | {a prison}
			aliases             | {51 aliases}
			aliases             | {a long alias}
			aliases             | 'al-Hawl\tcamp'
			admin1              | {121 characters}
			description         | {2001 characters}
			""")
	void badInputIsRefusedWithTheFormAgain(String field, String value) throws Exception {
		String submitted = switch (value) {
			case "{a prison}" -> String.valueOf(idOf("panorama-prison"));
			case "{51 aliases}" -> IntStream.range(0, 51).mapToObj(i -> "Name " + i).collect(Collectors.joining("\n"));
			case "{a long alias}" -> "Roj\n" + "r".repeat(201);
			case "{121 characters}" -> "a".repeat(121);
			case "{2001 characters}" -> "d".repeat(2001);
			default -> value;
		};
		long before = rows(jdbc, "facility");
		Page page = submit(mvc, "/facilities", with(valid(), field, submitted));
		assertThat(page.status()).isEqualTo(400);
		assertThat(hasFieldError(page, field)).isTrue();
		assertThat(rows(jdbc, "facility")).isEqualTo(before);
	}

	@Test
	void groupsCannotFormALoopNorLoseTheirGroupKindWhileTheyHaveSites() throws Exception {
		Map<String, String> group = with(with(with(valid(), "kind", "GROUP"), "latitude", ""), "longitude", "");
		group.put("coordinatePrecision", "");
		submit(mvc, "/facilities", with(group, "slug", "outer-group"));
		long outer = idOf("outer-group");
		submit(mvc, "/facilities", with(with(group, "slug", "inner-group"), "parent", String.valueOf(outer)));
		long inner = idOf("inner-group");
		List<String> revisionsBefore = revisions(jdbc, "facility", outer);

		Page self = submit(mvc, "/facilities/outer-group",
				with(with(with(group, "slug", "outer-group"), "parent", String.valueOf(outer)), "version", "0"));
		assertThat(self.status()).isEqualTo(400);
		assertThat(self.text("#parent-help")).contains("cannot point at itself");
		Page loop = submit(mvc, "/facilities/outer-group",
				with(with(with(group, "slug", "outer-group"), "parent", String.valueOf(inner)), "version", "0"));
		assertThat(loop.status()).isEqualTo(400);
		assertThat(loop.text("#parent-help")).contains("loop");
		Page demoted = submit(mvc, "/facilities/outer-group",
				with(with(with(group, "slug", "outer-group"), "kind", "CAMP"), "version", "0"));
		assertThat(demoted.status()).isEqualTo(400);
		assertThat(demoted.text("#kind-help")).contains("still has sites");
		assertThat(revisions(jdbc, "facility", outer)).isEqualTo(revisionsBefore);
	}

	@Test
	void aSlugTakenBetweenTheCheckAndTheSaveIsRecognised() {
		FacilityForm form = new FacilityForm();
		form.setSlug("panorama-prison");
		form.setName("Second Panorama");
		form.setKind(FacilityKind.PRISON);
		form.setCountryCode("SY");
		assertThatThrownBy(() -> facilities.create(form)).isInstanceOfSatisfying(RejectedFormException.class,
				e -> assertThat(e.errors().getFieldError("slug").getCode()).isEqualTo("form.slug.taken"));
		// a save that the check did not see coming meets the unique constraint, and says the same
		Facility second = new Facility("panorama-prison", "Second Panorama", FacilityKind.PRISON, "SY");
		assertThatThrownBy(() -> repository.saveAndFlush(second)).isInstanceOfSatisfying(
				DataIntegrityViolationException.class, e -> assertThat(Constraints.violated(e, "facility_slug_unique")).isTrue());
		assertThatThrownBy(() -> Writes.insert(form, () -> repository.saveAndFlush(second), Unique.slug("facility_slug_unique")))
			.isInstanceOfSatisfying(RejectedFormException.class,
					e -> assertThat(e.errors().getFieldError("slug").getCode()).isEqualTo("form.slug.taken"));
	}

	@Test
	void anEditBasedOnAnOldVersionIsAConflictThatShowsBothValues() throws Exception {
		submit(mvc, "/facilities", valid());
		assertThat(submit(mvc, "/facilities/roj-camp", with(with(valid(), "name", "First name"), "version", "0"))
			.status()).isEqualTo(302);

		Page stale = submit(mvc, "/facilities/roj-camp", with(with(valid(), "name", "Second name"), "version", "0"));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.text("#conflict")).contains("First name", "Second name");
		assertThat(stale.document().select("input[name=version]").val()).isEqualTo("1");
		assertThat(jdbc.sql("select name from facility where slug = 'roj-camp'").query(String.class).single())
			.isEqualTo("First name");
	}

	@Test
	void unknownFacilitiesAreNotFound() throws Exception {
		assertThat(Pages.fetch(mvc, "/facilities/no-such-place/edit").status()).isEqualTo(404);
		assertThat(submit(mvc, "/facilities/no-such-place", with(valid(), "version", "0")).status()).isEqualTo(404);
	}

}
