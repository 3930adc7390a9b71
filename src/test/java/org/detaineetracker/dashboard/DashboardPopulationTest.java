package org.detaineetracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/**
 * The seed story as the dashboard tells it (the bounds are derived in population/SeedStoryTest): on
 * 1 March 2026 Iraq holds about the completed transfer, the SDF at most what is left, honestly wide,
 * al-Hol's people are not attributed between the SDF and Damascus, nothing is counted twice; on
 * 1 June 2025 only the December 2024 picture.
 */
@TrackerTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class DashboardPopulationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void on1March2026IraqHoldsAboutTheCompletedTransfer() throws Exception {
		Page page = Pages.fetch(mvc, "/?knownOn=2026-03-01");
		assertThat(page.text("#now h2")).isEqualTo("Where the people were on 1 March 2026");
		Element iraq = page.document().selectFirst("#by-holder tr[data-holder=iraqi-government][data-cohort=isis-detainees]");
		assertThat(iraq.select(".headline > .range").text()).isEqualTo("between 5,550 and 6,149");
		assertThat(iraq.select(".newest").text()).isEqualTo("newest evidence February 2026");
		assertThat(iraq.text()).contains("Government of Iraq", "ISIS detainees");
		assertThat(page.text("#by-country tr[data-country=IQ][data-cohort=isis-detainees] .headline > .range"))
			.isEqualTo("between 5,550 and 6,149");
	}

	/** The 150 high-value detainees are also among the ISIS detainees: their row says so, lest they be added twice. */
	@Test
	void aSubCohortsRowSaysItIsCountedInItsParentToo() throws Exception {
		Page page = Pages.fetch(mvc, "/?knownOn=2026-03-01");
		Element highValue = page.document()
			.selectFirst("#by-holder tr[data-holder=iraqi-government][data-cohort=high-value-isis-detainees]");
		assertThat(highValue.select(".part-of").text()).isEqualTo("part of ISIS detainees, and counted there too");
		assertThat(page.document().select("#by-country tr[data-country=IQ][data-cohort=high-value-isis-detainees] .part-of"))
			.hasSize(1);
		assertThat(page.document().select("tr[data-cohort=isis-detainees] .part-of")).isEmpty();
	}

	/**
	 * The seed's newest evidence for Iraq and for the SDF group is dated by its sources to a month
	 * (February 2026, December 2024): every page that names it names the month, never its first day.
	 */
	@Test
	void newestEvidenceIsShownAsPreciselyAsItsSourceDatedIt() throws Exception {
		for (String path : List.of("/?knownOn=2026-03-01", "/?knownOn=2025-06-01", "/facilities?knownOn=2026-03-01",
				"/holders/iraqi-government?knownOn=2026-03-01", "/countries/IQ?knownOn=2026-03-01",
				"/facilities/iraq-receiving-facilities?knownOn=2026-03-01",
				"/facilities/sdf-detention-facilities-northeast-syria?knownOn=2025-06-01",
				"/embed/facilities/baghdad-airport-detention-facility?knownOn=2026-03-01")) {
			Page page = Pages.fetch(mvc, path);
			List<String> newest = page.document().select(".newest, small.muted").eachText().stream()
				.filter(text -> text.startsWith("newest evidence"))
				.toList();
			assertThat(newest).as(path).isNotEmpty()
				.noneMatch(text -> text.matches("newest evidence 1 (February 2026|December 2024)"));
		}
		assertThat(Pages.fetch(mvc, "/?knownOn=2025-06-01").document().select(".newest").eachText())
			.contains("newest evidence December 2024");
	}

	@Test
	void theSdfHoldsAtMostWhatIsLeftShownWideAndAlHolsPeopleAreNotAttributed() throws Exception {
		Page page = Pages.fetch(mvc, "/?knownOn=2026-03-01");
		assertThat(page.text("#by-holder tr[data-holder=sdf][data-cohort=isis-detainees] .headline > .range"))
			.isEqualTo("at most 1,450");
		assertThat(page.document().select("#by-holder tr[data-holder=sdf]")).as("the SDF holds no others for certain")
			.hasSize(1);
		assertThat(page.document().select("#by-holder tr[data-holder=syrian-government]")).isEmpty();
		assertThat(page.document().select("#not-attributed tbody tr").eachText()).satisfiesExactlyInAnyOrder(
				isis -> assertThat(isis).contains("SDF-run detention facilities in northeast Syria", "ISIS detainees",
						"Syrian Democratic Forces · Government of Syria", "not attributed", "at most 1,450"),
				others -> assertThat(others).contains("Other detainees and camp residents", "50,000",
						"Syrian Democratic Forces · Government of Syria"));
		assertThat(page.text("#by-country tr[data-country=SY][data-cohort=isis-detainees] .headline > .range"))
			.as("in Syria once: the group, not its parts").isEqualTo("at most 1,450");
	}

	@Test
	void eachNumberOpensToItsDerivationLinkedToItsRecords() throws Exception {
		Page page = Pages.fetch(mvc, "/?knownOn=2026-03-01");
		Element sdf = page.document().selectFirst("#by-holder tr[data-holder=sdf][data-cohort=isis-detainees] details.derivation");
		assertThat(sdf.select("summary").text()).isEqualTo("How this number is derived");
		assertThat(sdf.select(".derivation-place").text()).startsWith("Panorama prison: at most 1,450");
		assertThat(sdf.select("li.step-report a").first().attr("href")).startsWith("/counts/");
		assertThat(sdf.select("li.step-report").eachText())
			.anySatisfy(step -> assertThat(step).contains("over 4,500, Unattributed report",
					"over 4,500 on 21 January 2026 = over 4,500"));
		assertThat(sdf.select("li.step-movement a").eachAttr("href")).isNotEmpty().allMatch(href -> href.startsWith("/movements"));
		assertThat(sdf.select("li.step-movement").eachText())
			.anySatisfy(step -> assertThat(step).contains("150 moved out on 21 January 2026"));

		Element rest = page.document().selectFirst("#not-attributed tr[data-cohort=isis-detainees] details.derivation");
		assertThat(rest.select(".arithmetic").eachText()).contains(
				"7,000 on 21 January 2026 − 150 moved out on 21 January 2026 − nearly 6,000 moved out in February 2026 = between 851 and 1,450");
		assertThat(rest.select(".derivation-conflicts li .conflict-words").eachText())
			.anySatisfy(words -> assertThat(words).startsWith("reported nearly 6,000 in January 2026"))
			.anySatisfy(words -> assertThat(words).startsWith("reported 7,000 on 21 January 2026"));
		assertThat(page.document().select("script:not([src]):not([type=application/json])")).as("no inline script").isEmpty();
	}

	@Test
	void nothingIsCountedTwice() throws Exception {
		Page page = Pages.fetch(mvc, "/?knownOn=2026-03-01");
		assertThat(page.document().select("#by-holder tr[data-cohort=isis-detainees] .headline > .range").eachText())
			.containsExactly("between 5,550 and 6,149", "at most 1,450");
		assertThat(page.document().select("#by-country tr[data-cohort=isis-detainees] .headline > .range").eachText())
			.containsExactly("between 5,550 and 6,149", "at most 1,450");
		assertThat(page.text("#by-holder")).doesNotContain("10,800", "11,998");
	}

	@Test
	void theConflictIsNamedWithTheProjectionItDisagreesWith() throws Exception {
		Page page = Pages.fetch(mvc, "/?knownOn=2026-03-01");
		assertThat(page.document().select("#conflict-list tbody tr")).singleElement().satisfies(row -> {
			assertThat(row.text()).contains("SDF-run detention facilities in northeast Syria", "ISIS detainees",
					"the projection from '9,000' and 'over 8,000' minus 150 moved out on 21 January 2026 minus nearly 6,000 moved out in "
							+ "February 2026 allows between 2,851 and 3,450");
			assertThat(row.select("a").attr("href")).isEqualTo("/facilities/sdf-detention-facilities-northeast-syria?knownOn=2026-03-01#population");
		});
		assertThat(page.text("#recent-movements")).contains("nearly 6,000", "Detention facility near Baghdad International Airport",
				"completed");
	}

	/**
	 * The conflicts are drawn, not only told: every side they name once, as an interval on one axis,
	 * and the shaded stretch no number fits spans the widest gap the words name ("2,252 people apart").
	 */
	@Test
	void theConflictsAreDrawnAsOneRangeStrip() throws Exception {
		Page page = Pages.fetch(mvc, "/?knownOn=2026-03-01");
		Element row = page.document().selectFirst("#conflict-list tbody tr");
		assertThat(row.select("figure.conflict-strip")).hasSize(1);
		var bars = row.select("figure.conflict-strip .range-strip-rows > li");
		assertThat(bars.eachAttr("data-lower")).containsExactly("0", "0", "851", "2851");
		assertThat(bars.eachAttr("data-upper")).containsExactly("599", "1200", "1450", "3450");
		assertThat(bars.select("li > span strong").eachText())
			.containsExactly("fewer than 600", "at most 1,200", "between 851 and 1,450", "between 2,851 and 3,450");
		long widest = row.select(".conflict-words").eachText().stream()
			.mapToLong(words -> Long.parseLong(words.replaceAll(".*; ([0-9,]+) people apart$", "$1").replace(",", "")))
			.max().orElseThrow();
		assertThat(2851 - 599).as("the shaded stretch spans the widest gap named").isEqualTo(widest);
		// the stretch is drawn once and shaded on every bar
		assertThat(row.select("rect.range-strip-gap")).hasSize(1);
		assertThat(bars.select("svg use").eachAttr("href")).hasSize(4)
			.containsOnly("#" + row.selectFirst("rect.range-strip-gap").id());
		assertThat(row.select(".range-strip-axis span").eachText())
			.satisfiesExactly(zero -> assertThat(zero).isEqualTo("0"), end -> assertThat(end).isEqualTo("4,313"));
	}

	@Test
	void on1June2025OnlyTheDecember2024Picture() throws Exception {
		Page page = Pages.fetch(mvc, "/?knownOn=2025-06-01");
		assertThat(page.document().select("#by-holder tbody tr").eachText()).satisfiesExactly(
				isis -> assertThat(isis).startsWith("Syrian Democratic Forces ISIS detainees 9,000 newest evidence December 2024"),
				others -> assertThat(others).startsWith("Syrian Democratic Forces Other detainees and camp residents 50,000"));
		assertThat(page.document().select("#by-country tbody tr .headline > .range").eachText()).containsExactly("9,000", "50,000");
		assertThat(page.document().select("#not-attributed")).isEmpty();
		assertThat(page.document().select("#conflict-list")).isEmpty();
		assertThat(page.document().select("#recent-movements")).isEmpty();
		assertThat(page.text("#by-holder details.derivation")).contains("over 8,000", "9,000", "Every report allows 9,000");
	}

}
