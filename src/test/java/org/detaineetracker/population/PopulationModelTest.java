package org.detaineetracker.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.detaineetracker.population.World.day;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PopulationModelTest {

	final World world = new World();

	final Cohort isis = world.cohort("ISIS detainees");

	final Cohort highValue = world.cohort("High-value ISIS detainees", isis);

	@Test
	void aStockIsProjectedByTheCompletedMovementsSince() {
		Site panorama = world.site("Panorama");
		Site iraq = world.site("Iraq");
		Observation over4500 = world.report(panorama, isis, Period.day("2026-01-21"), Range.over(4500), "over 4,500");
		Flow batch = world.moved(panorama, iraq, isis, Period.day("2026-01-21"), Range.exactly(150), "150");
		PopulationModel model = world.model();

		Population before = model.at(panorama.id(), isis.id(), day("2026-01-20")).orElse(null);
		assertThat(before).as("nothing known before the first evidence").isNull();

		Population after = model.at(panorama.id(), isis.id(), day("2026-02-01")).orElseThrow();
		assertThat(after.range()).isEqualTo(Range.atLeast(4351));
		assertThat(after.isConflict()).isFalse();
		assertThat(after.reportIds()).containsExactly(over4500.id());
		assertThat(after.movementIds()).containsExactly(batch.id());
		assertThat(after.newestEvidence()).isEqualTo(Period.day("2026-01-21"));
		assertThat(after.derivation().lines()).contains(
				"over 4,500 on 21 January 2026 − 150 moved out on 21 January 2026 = over 4,350");
		assertThat(after.derivation().steps()).extracting(Step::kind, Step::evidenceId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Step.Kind.REPORT, over4500.id()),
					org.assertj.core.groups.Tuple.tuple(Step.Kind.MOVEMENT, batch.id()));
	}

	@Test
	void manyMovementsAreAllAppliedButOnlyTheFirstAreListedOneByOne() {
		Site camp = world.site("Camp");
		world.report(camp, isis, Period.day("2026-01-01"), Range.exactly(10000), "10,000");
		int movements = PopulationModel.ITEMISED_MOVEMENTS + 500;
		for (int i = 0; i < movements; i++) {
			world.moved(camp, null, isis, Period.day("2026-02-01"), Range.exactly(10), "10");
		}
		Population after = world.model().at(camp.id(), isis.id(), day("2026-03-01")).orElseThrow();
		assertThat(after.range()).isEqualTo(Range.exactly(10000 - 10L * movements));
		assertThat(after.movementIds()).hasSize(movements);
		assertThat(after.derivation().steps()).filteredOn(step -> step.kind() == Step.Kind.MOVEMENT)
			.hasSize(PopulationModel.ITEMISED_MOVEMENTS);
		Step rest = after.derivation().steps().get(after.derivation().steps().size() - 1);
		assertThat(rest.words()).isEqualTo("500 more movements in and out, not listed one by one");
		assertThat(rest.arithmetic()).endsWith("… and 500 more movements = 4,880");
	}

	/**
	 * A line adds up to three movements to its report; the next carries on from the result so far,
	 * so no line repeats every term since the report and the arithmetic stays a sum a reader can check.
	 */
	@Test
	void aLongRunOfMovementsCarriesOnFromTheResultSoFar() {
		Site camp = world.site("Camp");
		world.report(camp, isis, Period.day("2026-01-01"), Range.exactly(1000), "1,000");
		for (int day = 2; day <= 6; day++) {
			world.moved(camp, null, isis, Period.day("2026-01-0" + day), Range.exactly(10), "10");
		}
		Population after = world.model().at(camp.id(), isis.id(), day("2026-02-01")).orElseThrow();
		assertThat(after.range()).isEqualTo(Range.exactly(950));
		assertThat(after.derivation().lines()).containsExactly("1,000 on 1 January 2026 = 1,000",
				"1,000 on 1 January 2026 − 10 moved out on 2 January 2026 = 990",
				"1,000 on 1 January 2026 − 10 moved out on 2 January 2026 − 10 moved out on 3 January 2026 = 980",
				"1,000 on 1 January 2026 − 10 moved out on 2 January 2026 − 10 moved out on 3 January 2026"
						+ " − 10 moved out on 4 January 2026 = 970",
				"970 so far − 10 moved out on 5 January 2026 = 960",
				"970 so far − 10 moved out on 5 January 2026 − 10 moved out on 6 January 2026 = 950");
	}

	@Test
	void aSiteWhoseFirstEvidenceIsAMovementInStartsAtThatMovement() {
		Site syria = world.site("Syria");
		Site baghdad = world.site("Baghdad", null, "IQ");
		Site empty = world.site("Nobody reported");
		world.moved(syria, baghdad, isis, Period.month(2026, 2), Range.nearly(6000), "nearly 6,000");
		PopulationModel model = world.model();
		assertThat(model.at(baghdad.id(), isis.id(), day("2026-03-01")).orElseThrow().range())
			.isEqualTo(Range.between(5400, 5999));
		assertThat(model.at(baghdad.id(), isis.id(), day("2026-01-31"))).isEmpty();
		assertThat(model.at(empty.id(), isis.id(), day("2026-03-01"))).as("no evidence: no estimate, never zero").isEmpty();
		assertThat(model.at(syria.id(), isis.id(), day("2026-03-01")))
			.as("a movement out with no earlier report says nothing of what is left").isEmpty();
	}

	@Test
	void aReportAfterMovementsThatAgreesWithTheProjectionNarrowsIt() {
		Site site = world.site("Prison");
		world.report(site, isis, Period.day("2025-01-01"), Range.between(900, 1100), "900 to 1,100");
		world.moved(site, null, isis, Period.day("2025-02-01"), Range.exactly(200), "200");
		Observation later = world.report(site, isis, Period.day("2025-03-10"), Range.over(850), "over 850");
		Population estimate = world.model().at(site.id(), isis.id(), day("2025-03-10")).orElseThrow();
		assertThat(estimate.isConflict()).isFalse();
		assertThat(estimate.range()).as("700 to 900 projected, and over 850 reported").isEqualTo(Range.between(851, 900));
		assertThat(estimate.reportIds()).contains(later.id());
	}

	@Test
	void aReportThatCannotBeSquaredWithTheProjectionIsAConflictNamingBothAndTheGap() {
		Site panorama = world.site("Panorama");
		Site iraq = world.site("Iraq");
		Observation over4500 = world.report(panorama, isis, Period.day("2026-01-21"), Range.over(4500), "over 4,500");
		Flow batch = world.moved(panorama, iraq, isis, Period.day("2026-01-21"), Range.exactly(150), "150");
		Observation reported4000 = world.report(panorama, isis, Period.day("2026-03-01"), Range.exactly(4000), "4,000");
		Population estimate = world.model().at(panorama.id(), isis.id(), day("2026-03-01")).orElseThrow();
		assertThat(estimate.isConflict()).isTrue();
		assertThat(estimate.conflicts()).singleElement().satisfies(conflict -> {
			assertThat(conflict.words()).startsWith("reported 4,000 on 1 March 2026")
				.contains("the projection from 'over 4,500' minus 150 moved out on 21 January 2026 allows over 4,350")
				.endsWith("351 people apart");
			assertThat(conflict.gap()).isEqualTo(351);
			assertThat(conflict.reportIds()).containsExactlyInAnyOrder(over4500.id(), reported4000.id());
			assertThat(conflict.movementIds()).containsExactly(batch.id());
		});
		assertThat(estimate.range()).as("the newer report is carried forward, the conflict named")
			.isEqualTo(Range.exactly(4000));
	}

	@Test
	void aMovementOfASubCohortAlsoMovesTheParentCohort() {
		Site panorama = world.site("Panorama");
		Site iraq = world.site("Iraq");
		world.report(panorama, isis, Period.day("2026-01-21"), Range.over(4500), "over 4,500");
		world.report(panorama, highValue, Period.day("2026-01-10"), Range.exactly(400), "400");
		world.moved(panorama, iraq, highValue, Period.day("2026-01-25"), Range.exactly(150), "150");
		PopulationModel model = world.model();
		assertThat(model.at(panorama.id(), isis.id(), day("2026-02-01")).orElseThrow().range())
			.isEqualTo(Range.atLeast(4351));
		assertThat(model.at(panorama.id(), highValue.id(), day("2026-02-01")).orElseThrow().range())
			.isEqualTo(Range.exactly(250));
		assertThat(model.at(iraq.id(), isis.id(), day("2026-02-01")).orElseThrow().range())
			.as("the parent counts the sub-cohort's arrivals").isEqualTo(Range.exactly(150));
	}

	@Test
	void aSubCohortFigureIsALowerBoundForTheParentAndAParentMovementOnlyWidensTheSubCohort() {
		Site site = world.site("Prison");
		world.report(site, highValue, Period.day("2026-01-10"), Range.exactly(400), "400");
		world.report(site, isis, Period.day("2026-01-10"), Range.exactly(300), "300");
		world.moved(site, null, isis, Period.day("2026-01-20"), Range.exactly(100), "100");
		PopulationModel model = world.model();
		assertThat(model.at(site.id(), isis.id(), day("2026-01-10")).orElseThrow().isConflict())
			.as("300 detainees cannot include 400 high-value ones").isTrue();
		assertThat(model.at(site.id(), highValue.id(), day("2026-01-25")).orElseThrow().range())
			.as("100 detainees left; any of them may have been high-value").isEqualTo(Range.between(300, 400));
	}

	@Test
	void aGroupsReportBoundsItsSitesAndItsSitesBoundItFromBelow() {
		Site group = world.site("SDF-run facilities");
		Site panorama = world.site("Panorama", group, "SY");
		Site other = world.site("Other prison", group, "SY");
		world.report(group, isis, Period.day("2026-01-10"), Range.exactly(7000), "7,000");
		world.report(panorama, isis, Period.day("2026-01-10"), Range.over(4500), "over 4,500");
		world.report(other, isis, Period.day("2026-01-10"), Range.between(1000, 1500), "1,000 to 1,500");
		PopulationModel model = world.model();
		Population whole = model.at(group.id(), isis.id(), day("2026-01-15")).orElseThrow();
		assertThat(whole.range()).isEqualTo(Range.exactly(7000));
		assertThat(whole.notAttributed()).as("7,000 less what the sites hold: 5,501 to 7,500").isEqualTo(Range.upTo(1499));
		assertThat(model.at(panorama.id(), isis.id(), day("2026-01-15")).orElseThrow().range())
			.as("at most the group less what the other site holds at least").isEqualTo(Range.between(4501, 6000));
		assertThat(whole.reportIds()).hasSize(3);
	}

	@Test
	void sitesThatAddUpToMoreThanTheGroupAllowsAreAConflict() {
		Site group = world.site("Group");
		Site site = world.site("Site", group, "SY");
		world.report(group, isis, Period.day("2026-01-10"), Range.exactly(1000), "1,000");
		world.report(site, isis, Period.day("2026-01-10"), Range.over(4500), "over 4,500");
		Population whole = world.model().at(group.id(), isis.id(), day("2026-01-10")).orElseThrow();
		assertThat(whole.isConflict()).isTrue();
		assertThat(whole.conflicts()).singleElement()
			.satisfies(c -> assertThat(c.words()).contains("its sites hold at least 4,501").contains("allow 1,000"));
	}

	@Test
	void aMovementFromAGroupWithNoSiteNamedMayHaveLeftFromAnyOfItsSites() {
		Site group = world.site("Group");
		Site site = world.site("Site", group, "SY");
		Site elsewhere = world.site("Elsewhere");
		world.report(site, isis, Period.day("2026-01-10"), Range.exactly(500), "500");
		world.moved(group, elsewhere, isis, Period.day("2026-01-20"), Range.exactly(200), "200");
		PopulationModel model = world.model();
		assertThat(model.at(site.id(), isis.id(), day("2026-01-25")).orElseThrow().range()).isEqualTo(Range.between(300, 500));
		assertThat(model.at(elsewhere.id(), isis.id(), day("2026-01-25")).orElseThrow().range()).isEqualTo(Range.exactly(200));
	}

	@Test
	void aGroupWithoutReportsIsItsSitesPlusWhatMovedWithNoSiteNamed() {
		Site origin = world.site("Origin");
		Site group = world.site("Receiving group", null, "IQ");
		Site site = world.site("Receiving site", group, "IQ");
		world.moved(origin, group, isis, Period.day("2026-01-21"), Range.exactly(150), "150");
		Flow transfer = world.moved(origin, site, isis, Period.month(2026, 2), Range.nearly(6000), "nearly 6,000");
		Population whole = world.model().at(group.id(), isis.id(), day("2026-03-01")).orElseThrow();
		assertThat(whole.range()).isEqualTo(Range.between(5550, 6149));
		assertThat(whole.notAttributed()).isEqualTo(Range.exactly(150));
		// Its derivation reaches the site's own evidence: the transfer into the site is a step of it.
		assertThat(whole.derivation().steps()).anySatisfy(step -> {
			assertThat(step.kind()).isEqualTo(Step.Kind.MOVEMENT);
			assertThat(step.evidenceId()).isEqualTo(transfer.id());
		});
		assertThat(whole.derivation().steps()).anySatisfy(step -> assertThat(step.words()).startsWith("Receiving site: "));
	}

	@Test
	void holderAndCountryTotalsFollowCustodyChanges() {
		Holder sdf = world.holder("SDF", "SY");
		Holder damascus = world.holder("Government of Syria", "SY");
		Site hol = world.site("al-Hol");
		Site prison = world.site("Prison");
		Cohort families = world.cohort("Women and children");
		world.report(hol, families, Period.day("2026-01-10"), Range.exactly(24000), "24,000");
		world.report(prison, families, Period.day("2026-01-10"), Range.exactly(100), "100");
		world.held(hol, sdf, null, "2026-02-01");
		world.held(hol, damascus, "2026-02-01", null);
		world.held(prison, sdf, null, null);
		PopulationModel model = world.model();

		Totals<Long> january = model.holderTotals(families.id(), day("2026-01-31"));
		assertThat(january.of(sdf.id()).orElseThrow().range()).isEqualTo(Range.exactly(24100));
		assertThat(january.of(damascus.id())).isEmpty();

		Totals<Long> march = model.holderTotals(families.id(), day("2026-03-01"));
		assertThat(march.of(sdf.id()).orElseThrow().range()).isEqualTo(Range.exactly(100));
		assertThat(march.of(damascus.id()).orElseThrow().range()).isEqualTo(Range.exactly(24000));
		assertThat(march.of(damascus.id()).orElseThrow().newestEvidence()).isEqualTo(Period.day("2026-01-10"));
		assertThat(march.notAttributed()).isEmpty();
		assertThat(model.countryTotals(families.id(), day("2026-03-01")).of("SY").orElseThrow().range())
			.isEqualTo(Range.exactly(24100));
	}

	@Test
	void twoHoldersClaimingOneSiteLeaveItsPeopleNotAttributed() {
		Holder a = world.holder("A", "SY");
		Holder b = world.holder("B", "SY");
		Site site = world.site("Contested");
		world.report(site, isis, Period.day("2026-01-10"), Range.exactly(300), "300");
		world.held(site, a, null, null);
		world.held(site, b, "2026-01-01", null);
		Totals<Long> totals = world.model().holderTotals(isis.id(), day("2026-01-15"));
		assertThat(totals.totals()).isEmpty();
		assertThat(totals.notAttributed()).singleElement().satisfies(part -> {
			assertThat(part.range()).isEqualTo(Range.exactly(300));
			assertThat(part.candidates()).containsExactlyInAnyOrder(a.id(), b.id());
		});
		assertThat(world.model().countryTotals(isis.id(), day("2026-01-15")).of("SY").orElseThrow().range())
			.as("both holders are Syrian: the country total is certain").isEqualTo(Range.exactly(300));
	}

	@Test
	void plannedAndUnderWayMovementsAreShownButNeverSubtracted() {
		Site site = world.site("Prison");
		Site iraq = world.site("Iraq");
		world.report(site, isis, Period.day("2026-01-01"), Range.exactly(7000), "7,000");
		Flow underWay = world.flow(site, iraq, isis, Period.month(2026, 1), null, Flow.Status.UNDER_WAY, Range.exactly(7000),
				"7,000");
		Flow planned = world.flow(site, iraq, isis, null, null, Flow.Status.PLANNED, Range.exactly(500), "500");
		Population estimate = world.model().at(site.id(), isis.id(), day("2026-02-01")).orElseThrow();
		assertThat(estimate.range()).isEqualTo(Range.exactly(7000));
		assertThat(estimate.pending()).containsExactly(underWay, planned);
		assertThat(estimate.movementIds()).isEmpty();
		assertThat(world.model().at(iraq.id(), isis.id(), day("2026-02-01"))).isEmpty();
	}

	@Test
	void aMovementWithTwoDisagreeingReportsMovesEverythingEitherAllows() {
		Site from = world.site("From");
		Site to = world.site("To");
		world.report(from, isis, Period.day("2026-01-01"), Range.exactly(8000), "8,000");
		MovementReconciliation reports = Movements.reconcile(List.of(
				new MovementReport(1, Range.nearly(6000), false, MovementReport.Tally.CUMULATIVE, 1, "nearly 6,000", "A"),
				new MovementReport(2, Range.exactly(7000), false, MovementReport.Tally.CUMULATIVE, 2, "7,000", "B")));
		world.moved(from, to, isis, Period.day("2026-02-01"), reports.span(), "nearly 6,000 or 7,000");
		PopulationModel model = world.model();
		assertThat(model.at(from.id(), isis.id(), day("2026-02-02")).orElseThrow().range()).isEqualTo(Range.between(1000, 2600));
		assertThat(model.at(to.id(), isis.id(), day("2026-02-02")).orElseThrow().range()).isEqualTo(Range.between(5400, 7000));
	}

	@Test
	void theSameMovementReportedTwiceIsCountedOnce() {
		Site from = world.site("From");
		Site to = world.site("To");
		world.report(from, isis, Period.day("2026-01-01"), Range.exactly(8000), "8,000");
		MovementReconciliation reports = Movements.reconcile(List.of(
				new MovementReport(1, Range.nearly(6000), false, MovementReport.Tally.CUMULATIVE, 5, "nearly 6,000", "Fox"),
				new MovementReport(2, Range.nearly(6000), false, MovementReport.Tally.CUMULATIVE, 5, "nearly 6,000", "Trending")));
		Flow flow = world.moved(from, to, isis, Period.day("2026-02-01"), reports.span(), "nearly 6,000");
		PopulationModel model = world.model();
		assertThat(model.at(from.id(), isis.id(), day("2026-02-02")).orElseThrow().range()).isEqualTo(Range.between(2001, 2600));
		assertThat(model.at(to.id(), isis.id(), day("2026-02-02")).orElseThrow().range()).isEqualTo(Range.between(5400, 5999));
		world.flows.add(flow);
		assertThatThrownBy(world::data).as("one movement cannot be entered twice")
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void emptyDataHasNoEstimatesAndNoTotals() {
		Site site = world.site("Prison");
		PopulationModel model = world.model();
		assertThat(model.at(site.id(), isis.id(), day("2026-01-01"))).isEmpty();
		assertThat(model.timeline(site.id(), isis.id())).isEmpty();
		assertThat(model.holderTotals(isis.id(), day("2026-01-01")).totals()).isEmpty();
		assertThat(model.countryTotals(isis.id(), day("2026-01-01")).notAttributed()).isEmpty();
		assertThatThrownBy(() -> PopulationModel.of(PopulationData.EMPTY).at(1, 1, day("2026-01-01")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aMovementLargerThanTheStockIsClippedAtZeroAndFlagged() {
		Site site = world.site("Prison");
		world.report(site, isis, Period.day("2026-01-01"), Range.exactly(100), "100");
		Flow flow = world.moved(site, null, isis, Period.day("2026-01-10"), Range.exactly(300), "300");
		Population estimate = world.model().at(site.id(), isis.id(), day("2026-01-20")).orElseThrow();
		assertThat(estimate.range()).isEqualTo(Range.ZERO);
		assertThat(estimate.conflicts()).singleElement().satisfies(c -> {
			assertThat(c.words()).isEqualTo("'300' moved out on 10 January 2026 is more than '100' allows (100); clipped at zero");
			assertThat(c.gap()).isEqualTo(200);
			assertThat(c.movementIds()).containsExactly(flow.id());
		});
	}

	@Test
	void aMovementInsideAReportsPeriodMayBeBeforeOrAfterItSoItOnlyWidens() {
		Site site = world.site("Prison");
		world.report(site, isis, Period.month(2026, 1), Range.exactly(1000), "1,000");
		world.moved(site, null, isis, Period.day("2026-01-15"), Range.exactly(100), "100");
		assertThat(world.model().at(site.id(), isis.id(), day("2026-02-01")).orElseThrow().range())
			.isEqualTo(Range.between(900, 1000));
	}

	@Test
	void theTimelineHasAPointAtEveryEvidenceDate() {
		Site site = world.site("Prison");
		Observation first = world.report(site, isis, Period.day("2026-01-01"), Range.exactly(1000), "1,000");
		Flow out = world.moved(site, null, isis, Period.day("2026-01-10"), Range.exactly(100), "100");
		world.report(site, isis, Period.day("2026-03-01"), Range.exactly(500), "500");
		List<TimelinePoint> points = world.model().timeline(site.id(), isis.id());
		assertThat(points).extracting(TimelinePoint::date)
			.containsExactly(day("2026-01-01"), day("2026-01-10"), day("2026-03-01"));
		assertThat(points.get(1)).isEqualTo(new TimelinePoint(day("2026-01-10"), 900, 900L, false, List.of(first.id()),
				List.of(out.id())));
		assertThat(points.get(2).conflict()).as("500 reported where 900 was projected").isTrue();
		assertThat(points.get(2).lower()).isEqualTo(500);
	}

	/**
	 * A series over many dates keeps no group's picture of those dates once its points are made (at
	 * a million figures they outgrew the heap), keeps the picture of a date asked for before, and
	 * gives the same points as asking date by date.
	 */
	@Test
	void aTimelineLeavesNoPicturesOfItsDatesBehind() {
		Site group = world.site("Camps");
		Site east = world.site("East camp", group, "SY");
		Site west = world.site("West camp", group, "SY");
		world.report(group, isis, Period.day("2026-01-01"), Range.exactly(3000), "3,000");
		for (int day = 2; day <= 28; day++) {
			world.report(day % 2 == 0 ? east : west, isis, Period.day(String.format("2026-02-%02d", day)),
					Range.exactly(1000 + day), String.valueOf(1000 + day));
		}
		PopulationModel model = world.model();
		LocalDate asked = day("2026-02-10");
		Population before = model.at(east.id(), isis.id(), asked).orElseThrow();
		int kept = model.groupPicturesKept();
		assertThat(kept).as("the picture of the date asked for").isPositive();

		List<TimelinePoint> points = model.timeline(east.id(), isis.id());

		assertThat(points).hasSizeGreaterThan(20);
		assertThat(model.groupPicturesKept()).isEqualTo(kept);
		assertThat(model.at(east.id(), isis.id(), asked)).contains(before);
		PopulationModel fresh = world.model();
		for (TimelinePoint point : points) {
			Population alone = fresh.at(east.id(), isis.id(), point.date()).orElseThrow();
			assertThat(point.lower()).as("%s", point.date()).isEqualTo(alone.range().lower());
			assertThat(point.upper()).as("%s", point.date()).isEqualTo(alone.range().upper());
		}
	}

	@Test
	void reportsInOneWindowAreReadAsTheEstimateRulesReadThem() {
		Site site = world.site("Prison");
		world.approximately(site, isis, Period.day("2025-03-01"), 1000, 1);
		world.report(site, isis, Period.day("2025-03-05"), Range.exactly(1080), "1,080");
		Population estimate = world.model().at(site.id(), isis.id(), day("2025-03-05")).orElseThrow();
		assertThat(estimate.range()).isEqualTo(Range.exactly(1080));
		assertThat(estimate.independentSources()).isEqualTo(2);
	}

}
