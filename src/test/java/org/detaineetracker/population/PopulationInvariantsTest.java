package org.detaineetracker.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random worlds from fixed seeds (so a failure can be replayed): whatever the evidence, the model
 * never goes below zero, never counts anyone twice, and never lets a planned movement move anyone.
 */
class PopulationInvariantsTest {

	static final LocalDate START = LocalDate.of(2025, 1, 1);

	/** A random world: one group of three sites, a site of its own, a cohort with a sub-cohort, two holders. */
	static final class RandomWorld {

		final World world = new World();

		final Random random;

		final Cohort parent;

		final Cohort child;

		final Site group;

		final List<Site> places = new ArrayList<>();

		RandomWorld(long seed) {
			random = new Random(seed);
			parent = world.cohort("detainees");
			child = world.cohort("high-value", parent);
			group = world.site("group", null, "SY");
			places.add(group);
			for (int i = 0; i < 3; i++) {
				places.add(world.site("site " + i, group, "SY"));
			}
			places.add(world.site("alone", null, "IQ"));
			Holder a = world.holder("A", "SY");
			Holder b = world.holder("B", "IQ");
			String change = date(random.nextInt(365)).toString();
			world.held(group, a, null, null);
			world.held(places.get(1), a, null, change);
			world.held(places.get(1), b, change, null);
			world.held(places.get(4), b, null, null);
			int reports = random.nextInt(12);
			for (int i = 0; i < reports; i++) {
				world.report(pick(), cohort(), period(), range(), random.nextInt(5) == 0, random.nextInt(4), "figure",
						"source", 1000 + i);
			}
			int flows = random.nextInt(8);
			for (int i = 0; i < flows; i++) {
				Site from = random.nextInt(5) == 0 ? null : pick();
				Site to = from == null || random.nextInt(3) == 0 ? pick() : random.nextBoolean() ? null : pick();
				if (from != null && from.equals(to)) {
					to = null;
				}
				Flow.Status status = Flow.Status.values()[random.nextInt(3)];
				world.flow(from, to, cohort(), null, period(), status, range(), "flow");
			}
		}

		LocalDate date(int day) {
			return START.plusDays(day);
		}

		Site pick() {
			return places.get(random.nextInt(places.size()));
		}

		Cohort cohort() {
			return random.nextInt(3) == 0 ? child : parent;
		}

		Period period() {
			LocalDate day = date(random.nextInt(365));
			return random.nextInt(4) == 0 ? Period.month(day.getYear(), day.getMonthValue()) : Period.day(day);
		}

		Range range() {
			long low = random.nextInt(2000);
			return switch (random.nextInt(4)) {
				case 0 -> Range.exactly(low);
				case 1 -> Range.atLeast(low);
				case 2 -> Range.upTo(low);
				default -> Range.between(low, low + random.nextInt(1000));
			};
		}

	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597 })
	void estimatesStayWithinWhatTheEvidenceAllowsAndNothingIsCountedTwice(long seed) {
		RandomWorld random = new RandomWorld(seed);
		PopulationModel model = random.world.model();
		for (int i = 0; i < 6; i++) {
			LocalDate date = random.date(random.random.nextInt(400));
			for (Cohort cohort : List.of(random.parent, random.child)) {
				Optional<Population> group = model.at(random.group.id(), cohort.id(), date);
				for (Site place : random.places) {
					model.at(place.id(), cohort.id(), date).ifPresent(p -> {
						assertThat(p.range().lower()).isNotNegative();
						assertThat(p.range().upper() == null || p.range().upper() >= p.range().lower()).isTrue();
						assertThat(p.derivation().result()).isEqualTo(p.range());
						if (place.groupId() != null && group.isPresent() && !group.get().isConflict()
								&& group.get().range().upper() != null) {
							assertThat(p.range().upper()).as("a site holds at most its group")
								.isNotNull()
								.isLessThanOrEqualTo(group.get().range().upper());
						}
					});
				}
				group.filter(g -> !g.isConflict()).ifPresent(g -> {
					long sitesAtLeast = random.places.stream()
						.filter(p -> p.groupId() != null)
						.flatMap(p -> model.at(p.id(), cohort.id(), date).stream())
						.mapToLong(p -> p.range().lower())
						.sum();
					assertThat(g.range().lower()).as("a group holds at least what its sites hold").isGreaterThanOrEqualTo(sitesAtLeast);
					assertThat(g.notAttributed().lower()).isNotNegative();
				});

				for (Totals<?> totals : List.of(model.countryTotals(cohort.id(), date), model.holderTotals(cohort.id(), date))) {
					long countedAtLeast = totals.totals().values().stream().mapToLong(t -> t.range().lower()).sum()
							+ totals.notAttributedSum().lower();
					Long topLevelAtMost = 0L;
					for (Site top : List.of(random.group, random.places.get(4))) {
						Optional<Population> estimate = model.at(top.id(), cohort.id(), date);
						if (estimate.isPresent()) {
							Long upper = estimate.get().range().upper();
							topLevelAtMost = topLevelAtMost == null || upper == null ? null : topLevelAtMost + upper;
						}
					}
					if (topLevelAtMost != null) {
						assertThat(countedAtLeast).as("the totals never add anyone twice")
							.isLessThanOrEqualTo(topLevelAtMost);
					}
					List<Object> added = totals.totals().values().stream().flatMap(t -> t.siteIds().stream()).map(id -> (Object) id).toList();
					assertThat(added).doesNotHaveDuplicates();
				}
			}
		}
		for (Site place : random.places) {
			List<TimelinePoint> points = model.timeline(place.id(), random.parent.id());
			assertThat(points).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
			assertThat(points).allSatisfy(p -> assertThat(p.upper() == null || p.upper() >= p.lower()).isTrue());
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 4, 7, 11, 19, 42, 99, 512, 2026 })
	void plannedAndUnderWayMovementsNeverMoveAnyone(long seed) {
		RandomWorld random = new RandomWorld(seed);
		PopulationModel withPending = random.world.model();
		random.world.flows.removeIf(flow -> flow.status() != Flow.Status.COMPLETED);
		PopulationModel withoutPending = random.world.model();
		LocalDate date = random.date(400);
		for (Site place : random.places) {
			for (Cohort cohort : List.of(random.parent, random.child)) {
				assertThat(withPending.at(place.id(), cohort.id(), date).map(Population::range))
					.isEqualTo(withoutPending.at(place.id(), cohort.id(), date).map(Population::range));
			}
		}
		Map<Long, Total<Long>> before = withPending.holderTotals(random.parent.id(), date).totals();
		Map<Long, Total<Long>> after = withoutPending.holderTotals(random.parent.id(), date).totals();
		assertThat(before.keySet()).isEqualTo(after.keySet());
		before.forEach((key, total) -> assertThat(total.range()).isEqualTo(after.get(key).range()));
	}

	/**
	 * Totals over time worked out place by place, only where a place's evidence or custody changed,
	 * by models without words: the same as asking the model with words on every date.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181 })
	void totalsOverTimeAreTheTotalsOfEachDate(long seed) {
		RandomWorld random = new RandomWorld(seed);
		PopulationModel model = random.world.model();
		List<LocalDate> dates = new ArrayList<>();
		for (int day = -3; day < 400; day += 1 + random.random.nextInt(9)) {
			dates.add(random.date(day));
		}
		for (boolean traced : List.of(false, true)) {
			PopulationModel sweeping = PopulationModel.forTotals(model, traced);
			PopulationModel summing = PopulationModel.forTotals(model, traced);
			for (Cohort cohort : List.of(random.parent, random.child)) {
				for (Holder holder : random.world.holders) {
					List<PopulationModel.SubjectTotals<Long>> over = sweeping.holderTotalsOver(cohort.id(), dates, holder.id(), true);
					List<PopulationModel.SubjectTotals<Long>> sums = summing.holderTotalsOver(cohort.id(), dates, holder.id(), false);
					for (int i = 0; i < dates.size(); i++) {
						sameTotals(over.get(i), model.holderTotals(cohort.id(), dates.get(i)), holder.id(), traced);
						sameSums(sums.get(i), over.get(i));
					}
				}
				for (String country : List.of("SY", "IQ")) {
					List<PopulationModel.SubjectTotals<String>> over = sweeping.countryTotalsOver(cohort.id(), dates, country, true);
					List<PopulationModel.SubjectTotals<String>> sums = summing.countryTotalsOver(cohort.id(), dates, country, false);
					for (int i = 0; i < dates.size(); i++) {
						sameTotals(over.get(i), model.countryTotals(cohort.id(), dates.get(i)), country, traced);
						sameSums(sums.get(i), over.get(i));
					}
				}
			}
		}
	}

	/** What the sums alone say is what the shares add up to. */
	private static <K> void sameSums(PopulationModel.SubjectTotals<K> sums, PopulationModel.SubjectTotals<K> shares) {
		String on = "on " + sums.date();
		assertThat(sums.holdsAny()).as(on).isEqualTo(shares.total().isPresent());
		assertThat(sums.held()).as(on).isEqualTo(shares.total().map(Total::range).orElse(Range.ZERO));
		assertThat(sums.sharedSum()).as(on)
			.isEqualTo(shares.shared().isEmpty() ? null : Range.sum(shares.shared().stream().map(Totals.Unattributed::range).toList()));
		boolean conflict = shares.total().map(Total::conflict).orElse(false)
				|| shares.shared().stream().anyMatch(part -> shares.population(part.siteId()).isConflict());
		assertThat(sums.conflict()).as(on).isEqualTo(conflict);
	}

	private static <K> void sameTotals(PopulationModel.SubjectTotals<K> over, Totals<K> each, K subject, boolean traced) {
		String on = "on " + over.date() + " for " + subject + (traced ? ", traced" : "");
		assertThat(over.date()).isEqualTo(each.date());
		Optional<Total<K>> expected = each.of(subject);
		assertThat(over.total().isPresent()).as(on).isEqualTo(expected.isPresent());
		over.total().ifPresent(total -> {
			Total<K> whole = expected.orElseThrow();
			assertThat(total.range()).as(on).isEqualTo(whole.range());
			assertThat(total.conflict()).as(on).isEqualTo(whole.conflict());
			assertThat(total.newestEvidence()).as(on).isEqualTo(whole.newestEvidence());
			assertThat(total.siteIds()).as(on).isEqualTo(whole.siteIds());
			if (traced) {
				assertThat(total.reportIds()).as(on).isEqualTo(whole.reportIds());
				assertThat(total.movementIds()).as(on).isEqualTo(whole.movementIds());
			}
		});
		assertThat(over.shared()).as(on)
			.isEqualTo(each.notAttributed().stream().filter(u -> u.candidates().contains(subject)).toList());
		over.shared().forEach(part -> assertThat(over.population(part.siteId())).as(on).isNotNull());
		over.total().ifPresent(total -> total.siteIds().forEach(id -> assertThat(over.population(id)).as(on).isNotNull()));
	}

}
