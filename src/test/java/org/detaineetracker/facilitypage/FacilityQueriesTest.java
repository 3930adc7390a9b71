package org.detaineetracker.facilitypage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

import org.detaineetracker.facility.Facility;
import org.detaineetracker.facility.FacilityKind;
import org.detaineetracker.facility.FacilityRepository;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.test.TestDatabaseConfiguration;

/**
 * The facility queries against real PostgreSQL and the seed data. The slice has no task executor
 * for Hibernate to start on beside the context, so Hibernate starts on the test's own thread.
 */
@DataJpaTest(properties = "spring.jpa.bootstrap=default")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ TestDatabaseConfiguration.class, FacilityIndex.class })
class FacilityQueriesTest {

	private static final PageRequest BY_NAME = PageRequest.of(0, 25);

	private static final KnownOn NOW = KnownOn.now();

	@Autowired
	FacilityRepository facilities;

	@Autowired
	FacilityPageRepository pages;

	@Autowired
	FacilityIndex index;

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
		assertThat(rows(null, null, null, null, NOW, BY_NAME).getContent())
			.extracting(FacilityRow::slug, FacilityRow::currentHolder, FacilityRow::reportCount)
			.contains(org.assertj.core.groups.Tuple.tuple("al-hol-camp", "Government of Syria", 0L),
					org.assertj.core.groups.Tuple.tuple("panorama-prison", "Syrian Democratic Forces", 1L),
					org.assertj.core.groups.Tuple.tuple("sdf-detention-facilities-northeast-syria", "Syrian Democratic Forces", 8L));
	}

	@Test
	void rowsFilterByAliasCountryKindAndHolder() {
		assertThat(rows(null, null, null, "hawl", NOW, BY_NAME)).extracting(FacilityRow::slug)
			.containsExactly("al-hol-camp");
		assertThat(rows("IQ", FacilityKind.GROUP, null, null, NOW, BY_NAME)).extracting(FacilityRow::slug)
			.containsExactly("iraq-receiving-facilities");
		assertThat(rows(null, null, "iraqi-government", null, NOW, BY_NAME)).hasSize(2);
		assertThat(rows("SY", null, "iraqi-government", null, NOW, BY_NAME)).isEmpty();
	}

	@Test
	void searchIgnoresCaseAccentsHyphensAndTheArticle() {
		for (String search : new String[] { "al hawl", "Al-Hol", "alhol", "AL-HAWL", "Hôl", "hol camp", "the Hol" }) {
			assertThat(rows(null, null, null, search, NOW, BY_NAME))
				.as(search).extracting(FacilityRow::slug).containsExactly("al-hol-camp");
		}
	}

	@Test
	void aSearchWithoutLettersOrDigitsFindsNothing() {
		assertThat(rows(null, null, null, "100%", NOW, BY_NAME)).isEmpty();
		assertThat(rows(null, null, null, "%", NOW, BY_NAME)).isEmpty();
	}

	@Test
	void onAPastDateTheHolderAndFiguresAreThoseKnownThen() {
		KnownOn end2025 = new KnownOn(java.time.LocalDate.parse("2025-12-31"));
		assertThat(rows(null, null, null, null, end2025, BY_NAME)
			.getContent())
			.extracting(FacilityRow::slug, FacilityRow::currentHolder, FacilityRow::reportCount)
			.contains(org.assertj.core.groups.Tuple.tuple("al-hol-camp", null, 0L),
					org.assertj.core.groups.Tuple.tuple("panorama-prison", null, 0L),
					org.assertj.core.groups.Tuple.tuple("sdf-detention-facilities-northeast-syria", "Syrian Democratic Forces", 3L));
	}

	/**
	 * The documented rule (V111): case, accents and punctuation are ignored and a leading "al-"/"el-"
	 * is read past, so "al-Bqwj" sorts under B. In the cluster's C collation the raw names would come
	 * capitals first and "Éqwj" last.
	 */
	@Test
	void namesSortIgnoringCaseAccentsAndALeadingArticle() {
		String[] names = { "SDF-run Zqwj", "Éqwj", "cqwj", "El-Dqwj", "al-Bqwj", "Aqwj hill" };
		for (int i = 0; i < names.length; i++) {
			facilities.save(new Facility("sort-rule-" + i, names[i], FacilityKind.PRISON, "SY"));
		}
		assertThat(rows(null, null, null, "qwj", NOW, PageRequest.of(0, 25)))
			.extracting(FacilityRow::name)
			.containsExactly("Aqwj hill", "al-Bqwj", "cqwj", "El-Dqwj", "Éqwj", "SDF-run Zqwj");
	}

	/** Groups in name order, each followed by its sites, indented one level (V111's rule within each level). */
	@Test
	void eachGroupIsFollowedByItsSites() {
		assertThat(rows(null, null, null, null, NOW, BY_NAME).getContent())
			.extracting(FacilityRow::slug, FacilityRow::depth)
			.containsExactly(tuple("iraq-receiving-facilities", 0), tuple("baghdad-airport-detention-facility", 1),
					tuple("sdf-detention-facilities-northeast-syria", 0), tuple("al-hol-camp", 1), tuple("panorama-prison", 1));
	}

	/**
	 * Any column orders the top level and, separately, each group's sites: the sites never leave
	 * their group. The SDF group has 8 figures, Panorama one and al-Hol none.
	 */
	@Test
	void aSortedColumnOrdersSitesWithinTheirGroup() {
		var mostFirst = rows(null, null, null, null, NOW, FacilityOrder.parse("figures,desc"), BY_NAME).getContent();
		assertNested(mostFirst);
		assertThat(mostFirst).extracting(FacilityRow::slug)
			.containsSubsequence("sdf-detention-facilities-northeast-syria", "panorama-prison", "al-hol-camp");
		assertThat(mostFirst.get(0).reportCount()).isGreaterThanOrEqualTo(mostFirst.get(3).reportCount());

		var fewestFirst = rows(null, null, null, null, NOW, FacilityOrder.parse("figures,asc"), BY_NAME).getContent();
		assertNested(fewestFirst);
		assertThat(fewestFirst).extracting(FacilityRow::slug).containsSubsequence("al-hol-camp", "panorama-prison");

		for (String column : new String[] { "name,desc", "kind", "kind,desc", "country", "country,desc", "holder",
				"holder,desc", "latest", "latest,asc" }) {
			var ordered = rows(null, null, null, null, NOW, FacilityOrder.parse(column), BY_NAME).getContent();
			assertThat(ordered).as(column).hasSize(5);
			assertNested(ordered);
		}
	}

	/** Countries go by the name a reader sees: Algeria (DZ) before Germany (DE), whatever their codes say. */
	@Test
	void countriesSortByTheirNamesNotTheirCodes() {
		facilities.save(new Facility("sort-de", "Qwj Germany", FacilityKind.PRISON, "DE"));
		facilities.save(new Facility("sort-dz", "Qwj Algeria", FacilityKind.PRISON, "DZ"));
		assertThat(rows(null, null, null, null, NOW, FacilityOrder.parse("country"), BY_NAME).getContent())
			.extracting(FacilityRow::slug)
			.containsSubsequence("sort-dz", "sort-de", "iraq-receiving-facilities", "sdf-detention-facilities-northeast-syria");
		assertThat(rows(null, null, null, null, NOW, FacilityOrder.parse("country,desc"), BY_NAME).getContent())
			.extracting(FacilityRow::slug)
			.containsSubsequence("sdf-detention-facilities-northeast-syria", "iraq-receiving-facilities", "sort-de", "sort-dz");
	}

	/** A site the filters keep without its group stands at the top level and names the group. */
	@Test
	void aSiteWithoutItsGroupNamesIt() {
		assertThat(rows(null, null, null, "hawl", NOW, BY_NAME)).singleElement().satisfies(row -> {
			assertThat(row.depth()).isZero();
			assertThat(row.separatedFromGroup()).isTrue();
			assertThat(row.parentSlug()).isEqualTo("sdf-detention-facilities-northeast-syria");
			assertThat(row.parentName()).isEqualTo("SDF-run detention facilities in northeast Syria");
		});
		assertThat(rows("SY", null, null, null, NOW, BY_NAME)).extracting(FacilityRow::slug, FacilityRow::depth)
			.containsExactly(tuple("sdf-detention-facilities-northeast-syria", 0), tuple("al-hol-camp", 1),
					tuple("panorama-prison", 1));
	}

	/** Pages cut the nested order; the total comes with the rows, and a page past the end still knows it. */
	@Test
	void pagesCutTheNestedOrderAndKnowTheTotal() {
		var second = rows(null, null, null, null, NOW, PageRequest.of(1, 2));
		assertThat(second.getContent()).extracting(FacilityRow::slug)
			.containsExactly("sdf-detention-facilities-northeast-syria", "al-hol-camp");
		assertThat(second.getTotalElements()).isEqualTo(5);
		var third = rows(null, null, null, null, NOW, PageRequest.of(2, 2));
		assertThat(third.getContent()).as("a page that begins among a group's sites names the group")
			.singleElement().satisfies(row -> {
				assertThat(row.slug()).isEqualTo("panorama-prison");
				assertThat(row.separatedFromGroup()).isTrue();
			});
		var beyond = rows(null, null, null, null, NOW, PageRequest.of(9, 2));
		assertThat(beyond.getContent()).isEmpty();
		assertThat(beyond.getTotalElements()).isEqualTo(5);
	}

	/** Every site listed below the top level comes after its group and before the next top-level row. */
	private static void assertNested(java.util.List<FacilityRow> rows) {
		java.util.Deque<FacilityRow> above = new java.util.ArrayDeque<>();
		for (FacilityRow row : rows) {
			while (above.size() > row.depth()) {
				above.pop();
			}
			if (row.depth() > 0) {
				assertThat(above.peek().slug()).as(row.slug() + " beneath its group").isEqualTo(row.parentSlug());
			}
			above.push(row);
		}
	}

	private org.springframework.data.domain.Page<FacilityRow> rows(String country, FacilityKind kind, String holder,
			String query, KnownOn knownOn, PageRequest page) {
		return rows(country, kind, holder, query, knownOn, FacilityOrder.BY_NAME, page);
	}

	private org.springframework.data.domain.Page<FacilityRow> rows(String country, FacilityKind kind, String holder,
			String query, KnownOn knownOn, FacilityOrder order, PageRequest page) {
		return index.find(new FacilityFilter(country, kind, holder, query), knownOn, order, page);
	}

}
