package org.detaineetracker.facilitypage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import org.detaineetracker.facility.Facility;
import org.detaineetracker.facility.FacilityKind;
import org.detaineetracker.facility.FacilityRepository;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.test.TestDatabaseConfiguration;

/** The facility queries against real PostgreSQL and the seed data. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TestDatabaseConfiguration.class)
class FacilityQueriesTest {

	private static final PageRequest BY_NAME = PageRequest.of(0, 25, Sort.by("name"));

	private static final KnownOn NOW = KnownOn.now();

	@Autowired
	FacilityRepository facilities;

	@Autowired
	FacilityPageRepository pages;

	@Autowired
	FacilityIndexRepository index;

	@Test
	void thePageQueryBringsAliasesChildrenAndCustodyInOneGo() {
		var groupPage = pages.findPageBySlug("sdf-detention-facilities-northeast-syria", NOW).orElseThrow();
		Facility group = groupPage.facility();
		assertThat(group.getChildren()).extracting(Facility::getSlug).containsExactly("al-hol-camp", "panorama-prison");
		assertThat(group.getAliases()).containsExactly("SDF prisons in northeast Syria", "SDF-controlled camps");
		assertThat(groupPage.custodyPeriods()).singleElement()
			.satisfies(p -> assertThat(p.getHolder().getShortName()).isEqualTo("SDF"));

		var alHolPage = pages.findPageBySlug("al-hol-camp", NOW).orElseThrow();
		Facility alHol = alHolPage.facility();
		assertThat(alHol.getParent().getSlug()).isEqualTo("sdf-detention-facilities-northeast-syria");
		assertThat(alHolPage.custodyPeriods()).extracting(p -> p.getHolder().getSlug(), p -> p.isCurrent())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("sdf", false),
					org.assertj.core.groups.Tuple.tuple("syrian-government", true));
	}

	@Test
	void anUnknownSlugFindsNothing() {
		assertThat(pages.findPageBySlug("atlantis", NOW)).isEmpty();
		assertThat(facilities.findPageBySlug("atlantis")).isEmpty();
	}

	@Test
	void rowsCarryTheCurrentHolderAndFigureCounts() {
		assertThat(index.findRows(null, null, null, null, NOW.latestKnownFrom(), BY_NAME).getContent())
			.extracting(FacilityRow::slug, FacilityRow::currentHolder, FacilityRow::reportCount)
			.contains(org.assertj.core.groups.Tuple.tuple("al-hol-camp", "Government of Syria", 0L),
					org.assertj.core.groups.Tuple.tuple("panorama-prison", "Syrian Democratic Forces", 1L),
					org.assertj.core.groups.Tuple.tuple("sdf-detention-facilities-northeast-syria", "Syrian Democratic Forces", 8L));
	}

	@Test
	void rowsFilterByAliasCountryKindAndHolder() {
		assertThat(index.findRows(null, null, null, "hawl", NOW.latestKnownFrom(), BY_NAME)).extracting(FacilityRow::slug)
			.containsExactly("al-hol-camp");
		assertThat(index.findRows("IQ", FacilityKind.GROUP, null, null, NOW.latestKnownFrom(), BY_NAME)).extracting(FacilityRow::slug)
			.containsExactly("iraq-receiving-facilities");
		assertThat(index.findRows(null, null, "iraqi-government", null, NOW.latestKnownFrom(), BY_NAME)).hasSize(2);
		assertThat(index.findRows("SY", null, "iraqi-government", null, NOW.latestKnownFrom(), BY_NAME)).isEmpty();
	}

	@Test
	void searchIgnoresCaseAccentsHyphensAndTheArticle() {
		for (String search : new String[] { "al hawl", "Al-Hol", "alhol", "AL-HAWL", "Hôl", "hol camp", "the Hol" }) {
			assertThat(index.findRows(null, null, null, search, NOW.latestKnownFrom(), BY_NAME))
				.as(search).extracting(FacilityRow::slug).containsExactly("al-hol-camp");
		}
	}

	@Test
	void aSearchWithoutLettersOrDigitsFindsNothing() {
		assertThat(index.findRows(null, null, null, "100%", NOW.latestKnownFrom(), BY_NAME)).isEmpty();
		assertThat(index.findRows(null, null, null, "%", NOW.latestKnownFrom(), BY_NAME)).isEmpty();
	}

	@Test
	void onAPastDateTheHolderAndFiguresAreThoseKnownThen() {
		KnownOn end2025 = new KnownOn(java.time.LocalDate.parse("2025-12-31"));
		assertThat(index.findRows(null, null, null, null, end2025.latestKnownFrom(), BY_NAME)
			.getContent())
			.extracting(FacilityRow::slug, FacilityRow::currentHolder, FacilityRow::reportCount)
			.contains(org.assertj.core.groups.Tuple.tuple("al-hol-camp", null, 0L),
					org.assertj.core.groups.Tuple.tuple("panorama-prison", null, 0L),
					org.assertj.core.groups.Tuple.tuple("sdf-detention-facilities-northeast-syria", "Syrian Democratic Forces", 3L));
	}

}
