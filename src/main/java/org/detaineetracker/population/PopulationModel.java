package org.detaineetracker.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How many people of each cohort each site, group, holder and country held on any date, read from
 * reported counts, movements and custody spans. The rules, in the words the help page can use:
 * <ol>
 * <li><b>Reports.</b> An estimate reads the reports of the {@value #WINDOW_DAYS} days up to the newest
 * one, as reported counts are read elsewhere: each report's bounds (an approximate one widened by
 * {@value Range#APPROXIMATE_TOLERANCE_PERCENT} % each way), a date known to a month or year covering
 * that whole period, the estimate being what every report allows; where two cannot both be right
 * it is a conflict that names them and the estimate spans everything they allow. Sources repeating
 * another count once.</li>
 * <li><b>Movements.</b> Only a completed movement moves people, counted from the first day of the
 * period it ended in. Every report is projected to the date asked by the movements since it:
 * out subtracts, in adds, as intervals, clipped at zero. A movement on the day of a report comes
 * after it; one inside a report's period (January 2026 for a report "in January") may be before or
 * after, so it only widens. Taking out more than a report allowed is clipped at zero and
 * flagged.</li>
 * <li><b>Reports against the projection.</b> A new window of reports is compared with the projection
 * of the estimate before it: where they agree the estimate narrows to what both allow; where they
 * cannot both be right, it is a conflict naming the report, the projection and the gap, and the
 * newer reports are carried forward.</li>
 * <li><b>No report yet.</b> A site whose first evidence is a movement in starts at that movement, as
 * if it held nobody before; once a report exists, those movements only bound it from below. A site
 * with no evidence at all has no estimate, never zero.</li>
 * <li><b>Cohorts nest.</b> A figure for a sub-cohort says its parent holds at least that many; a
 * movement of a sub-cohort moves the parent's people too; a movement of a parent cohort may or may
 * not include a sub-cohort's people, so it only widens the sub-cohort's estimate.</li>
 * <li><b>Groups.</b> A group's own reports, moved by what crosses the group's boundary, bound the
 * sum of its sites; its sites bound it from below, and each site is at most the group less what the
 * other sites hold at least. A movement from a group with no site named may have left from any of
 * its sites, so it lowers each site's lower bound by as many as may have left. What no site
 * accounts for is the group's "not attributed" part, a range. A group with no reports of its own is
 * its sites plus what moved to or from it with no site named.</li>
 * <li><b>Custody.</b> Holder totals follow who holds each site on the date asked (the site's own
 * custody span, else its group's); country totals follow the holder's country (the site's country
 * where no holder is known). A group whose sites all go to one holder adds up once, as the group;
 * otherwise each site goes to its holder and the not-attributed part stays not attributed, with
 * the holders it may belong to. Nothing is added twice: never a group and its sites.</li>
 * </ol>
 * Pure: a function of {@link PopulationData}, immutable, safe to share between threads.
 */
public final class PopulationModel {

	/** How far back from the newest report a window of reports reaches, as for reported counts. */
	public static final int WINDOW_DAYS = 31;

	/**
	 * How many movements one projection lists one by one; the rest are applied all the same and
	 * summed up in one line, so a site that thousands of movements pass through keeps a derivation a
	 * reader can follow (and one that does not grow with the square of their number).
	 */
	public static final int ITEMISED_MOVEMENTS = 12;

	/**
	 * How many movements one line of arithmetic adds to its report before the next line carries on
	 * from the result so far: "7,000 on 21 January 2026 − 150 moved out on 21 January 2026 − nearly
	 * 6,000 moved out on February 2026" reads as one sum, but a line that repeated every term since
	 * the report grew with each step (295 characters a step at a million figures).
	 */
	static final int TERMS_PER_LINE = 3;

	private final PopulationData data;

	/**
	 * Whether estimates carry their derivations and conflicts in words. A model that only adds up
	 * totals over time leaves them out: at a million figures a holder's history asks for every site
	 * at a thousand dates, and the words were most of the work and of the memory.
	 */
	private final boolean explained;

	/** Whether estimates name the reports and movements they rest on. */
	private final boolean traced;

	/**
	 * Whether chains are kept by the date of their newest evidence, for a model asked about many
	 * dates of the same places. A model asked about one date of every place (the whole picture)
	 * keeps none: with their derivations they would fill the memory.
	 */
	private final boolean keepsChains;

	private final Map<Long, Site> sites;

	private final Map<Long, List<Site>> membersOfGroup;

	private final Map<Long, Cohort> cohorts;

	private final Map<Long, Holder> holders;

	/** Each site's reports, in the order given. */
	private final Map<Long, List<Observation>> reportsAt;

	/** The positions (in the order given) of the movements leaving or reaching each site or group. */
	private final Map<Long, List<Integer>> flowsTouching;

	private final Map<Long, List<CustodySpan>> custodyOf;

	// Answers worked out once: the model is immutable, so they never go stale.
	private final Map<GroupKey, Optional<GroupPicture>> resolvedGroups = new java.util.concurrent.ConcurrentHashMap<>();

	private final Map<EffectsKey, List<Effect>> effects;

	private final Map<EffectsKey, List<Item>> reports;

	/** Each cohort with the cohorts it lies within, itself included. */
	private final Map<Long, Set<Long>> ancestry;

	private PopulationModel(PopulationData data, boolean explained, boolean traced, boolean keepsChains) {
		this.data = data;
		this.explained = explained;
		this.traced = traced;
		this.keepsChains = keepsChains;
		this.effects = new java.util.concurrent.ConcurrentHashMap<>();
		this.reports = new java.util.concurrent.ConcurrentHashMap<>();
		this.ancestry = new HashMap<>();
		this.sites = index(data.sites(), Site::id);
		this.cohorts = index(data.cohorts(), Cohort::id);
		this.holders = index(data.holders(), Holder::id);
		this.membersOfGroup = data.sites()
			.stream()
			.filter(site -> site.groupId() != null)
			.collect(Collectors.groupingBy(Site::groupId, LinkedHashMap::new, Collectors.toList()));
		// Indexed by site, so that adding up ten thousand sites does not read every movement for each.
		this.reportsAt = data.observations().stream().collect(Collectors.groupingBy(Observation::siteId));
		this.custodyOf = data.custody().stream().collect(Collectors.groupingBy(CustodySpan::siteId));
		for (Cohort cohort : data.cohorts()) {
			Set<Long> line = new java.util.HashSet<>();
			Long current = cohort.id();
			while (current != null && line.add(current)) {
				Cohort next = cohorts.get(current);
				current = next == null ? null : next.parentId();
			}
			ancestry.put(cohort.id(), line);
		}
		this.flowsTouching = new HashMap<>();
		for (int i = 0; i < data.flows().size(); i++) {
			Flow flow = data.flows().get(i);
			if (flow.fromSiteId() != null) {
				flowsTouching.computeIfAbsent(flow.fromSiteId(), k -> new ArrayList<>()).add(i);
			}
			if (flow.toSiteId() != null && !flow.toSiteId().equals(flow.fromSiteId())) {
				flowsTouching.computeIfAbsent(flow.toSiteId(), k -> new ArrayList<>()).add(i);
			}
		}
	}

	/**
	 * A model of the same data as {@code same}, sharing its indexes and what it has read of each
	 * place's reports and movements (the same in every mode): a family of ten thousand places at a
	 * million figures is indexed once, and its reports read once, not once a model.
	 */
	private PopulationModel(PopulationModel same, boolean explained, boolean traced, boolean keepsChains) {
		this.data = same.data;
		this.explained = explained;
		this.traced = traced;
		this.keepsChains = keepsChains;
		this.sites = same.sites;
		this.cohorts = same.cohorts;
		this.holders = same.holders;
		this.membersOfGroup = same.membersOfGroup;
		this.reportsAt = same.reportsAt;
		this.custodyOf = same.custodyOf;
		this.flowsTouching = same.flowsTouching;
		this.effects = same.effects;
		this.reports = same.reports;
		this.ancestry = same.ancestry;
	}

	/** The movements leaving or reaching any of {@code siteIds}, each once, in the order given. */
	private List<Flow> flowsTouching(Collection<Long> siteIds) {
		TreeSet<Integer> positions = new TreeSet<>();
		for (Long id : siteIds) {
			if (id != null) {
				positions.addAll(flowsTouching.getOrDefault(id, List.of()));
			}
		}
		List<Flow> flows = new ArrayList<>(positions.size());
		positions.forEach(i -> flows.add(data.flows().get(i)));
		return flows;
	}

	/** A site or group and, for a group, its sites. */
	private List<Long> withMembers(Site site) {
		List<Long> ids = new ArrayList<>();
		ids.add(site.id());
		membersOfGroup.getOrDefault(site.id(), List.of()).forEach(member -> ids.add(member.id()));
		return ids;
	}

	public static PopulationModel of(PopulationData data) {
		return new PopulationModel(Objects.requireNonNull(data, "data"), true, true, false);
	}

	/**
	 * A model asked about many dates of a few places (a facility's series, the dates a holder's
	 * totals list): as {@link #of}, keeping each chain of evidence from one date to the next.
	 */
	static PopulationModel overTime(PopulationData data) {
		return new PopulationModel(Objects.requireNonNull(data, "data"), true, true, true);
	}

	/**
	 * A model for totals over many dates of the same data as {@code same}, sharing its indexes: the
	 * same numbers, conflicts and newest evidence, without derivations or conflicts in words, and
	 * with the reports and movements each rests on only when {@code traced}.
	 */
	static PopulationModel forTotals(PopulationModel same, boolean traced) {
		return new PopulationModel(same, false, traced, true);
	}

	// ---------------------------------------------------------------- queries

	/** The estimate for one site or group and cohort on {@code date}, or empty when nothing is known by then. */
	public Optional<Population> at(long siteId, long cohortId, LocalDate date) {
		Site site = site(siteId);
		requireCohort(cohortId);
		if (isGroup(site)) {
			return resolveGroup(site, cohortId, date).map(GroupPicture::group);
		}
		if (site.groupId() != null) {
			return resolveGroup(site(site.groupId()), cohortId, date).flatMap(g -> Optional.ofNullable(g.sites().get(siteId)));
		}
		return chain(new ChainKey('s', site.id(), cohortId), ownReports(site, cohortId), siteEffects(site, cohortId), date)
			.map(chain -> population(site, cohortId, date, chain.range(), chain, List.of(), null, chain.steps()));
	}

	/**
	 * The estimate at every date where evidence for the site or group (or, for a group and its sites,
	 * for any of them) changes it, oldest first: the points of a population chart.
	 */
	public List<TimelinePoint> timeline(long siteId, long cohortId) {
		Site site = site(siteId);
		requireCohort(cohortId);
		Set<Long> family = new LinkedHashSet<>();
		Site group = isGroup(site) ? site : site.groupId() != null ? site(site.groupId()) : null;
		family.add(siteId);
		if (group != null) {
			family.add(group.id());
			membersOfGroup.getOrDefault(group.id(), List.of()).forEach(member -> family.add(member.id()));
		}
		Set<LocalDate> dates = new TreeSet<>();
		family.stream()
			.flatMap(id -> reportsAt.getOrDefault(id, List.of()).stream())
			.filter(o -> related(o.cohortId(), cohortId))
			.forEach(o -> dates.add(o.asOf().first()));
		flowsTouching(family).stream()
			.filter(f -> f.moves() && related(f.cohortId(), cohortId))
			.forEach(f -> dates.add(f.effective().first()));
		List<TimelinePoint> points = new ArrayList<>();
		for (LocalDate date : dates) {
			onOneDate(date, () -> at(siteId, cohortId, date)).ifPresent(p -> points.add(new TimelinePoint(date,
					p.range().lower(), p.range().upper(), p.isConflict(), p.reportIds(), p.movementIds())));
		}
		return points;
	}

	/**
	 * Work for one date of a series that leaves the group pictures as it found them. A series steps
	 * through every date where the evidence changes, and each date's picture of a group holds every
	 * site of it with its derivation: kept to the end, a facility's series at a million figures (76
	 * dates, a group of 99 sites) came to more than a 512 MB heap, and the server ran out of memory.
	 * Pictures of a date that were there before (today's, which every page asks for) stay.
	 */
	<T> T onOneDate(LocalDate date, Supplier<T> work) {
		boolean there = resolvedGroups.keySet().stream().anyMatch(key -> key.date().equals(date));
		try {
			return work.get();
		}
		finally {
			if (!there) {
				resolvedGroups.keySet().removeIf(key -> key.date().equals(date));
			}
		}
	}

	/** Group pictures kept now, one per group, cohort and date asked about. */
	int groupPicturesKept() {
		return resolvedGroups.size();
	}

	/** Totals per custody holder (keyed by holder id) on {@code date}. */
	public Totals<Long> holderTotals(long cohortId, LocalDate date) {
		return totals(cohortId, date, (span, place) -> span == null ? null : span.holderId());
	}

	/**
	 * Totals per country (ISO code) on {@code date}: the country of the holder, or of the site where
	 * nobody is known to hold it.
	 */
	public Totals<String> countryTotals(long cohortId, LocalDate date) {
		return totals(cohortId, date, (span, place) -> span == null ? place.country() : holders.get(span.holderId()).country());
	}

	// ---------------------------------------------------------------- one chain of evidence

	/**
	 * A report as the chain reads it: a real one, or the "nobody before the first movement in" start.
	 * Its words are put together when asked for: a model without words holds a million of these.
	 */
	private record Item(Observation report, Period period, Range reading, String given, boolean ofSubCohort,
			String source) {

		static Item of(Observation report, boolean partOfCohort) {
			Range reading = partOfCohort ? report.reading().asLowerBound() : report.reading();
			return new Item(report, report.asOf(), reading, report.words(), partOfCohort, report.source());
		}

		static Item startingAt(LocalDate day) {
			return new Item(null, Period.day(day), Range.ZERO, null, false, null);
		}

		static Item estimated(Period period, Range range, String words) {
			return new Item(null, period, range, words, false, null);
		}

		String words() {
			if (given == null) {
				return "nobody before " + period.words();
			}
			return ofSubCohort ? given + " of a sub-cohort" : given;
		}

		boolean isReport() {
			return report != null;
		}

	}

	/** A completed movement as it bears on one chain: in or out, and whether certainly these people. */
	private record Effect(Flow flow, boolean inward, boolean certain) {

		LocalDate first() {
			return flow.effective().first();
		}

	}

	/** One report projected to the date asked. */
	private record Projected(Item item, Range range, List<Step> steps, List<Conflict> overdrawn, List<Long> movementIds,
			String movedSince, Period lastMoved) {
	}

	/**
	 * What a chain of evidence allows on a date.
	 *
	 * @param carried what the next window is compared with: the range, or the newer reports after a
	 *     conflict with the projection
	 * @param assumedStart true when the chain starts at a movement in, so its upper bound rests on the
	 *     assumption that nobody was there before
	 * @param basis the words a conflict names this chain's projection by: "'over 4,500' minus 150
	 *     moved out"
	 */
	private record Chain(Range range, boolean assumedStart, List<Conflict> conflicts, List<Step> steps,
			Set<Long> reportIds, Set<Long> movementIds, Period newest, int independentSources, String basis) {
	}

	/** Which chain of evidence: a site's own ('s'), a group's own ('g'), or what moved with no site named ('u'). */
	private record ChainKey(char kind, long siteId, long cohortId) {
	}

	/**
	 * How many dates of one chain a model without words keeps: the newest, which a sweep through
	 * dates asks for again, and the ones before it, which it reads its earlier windows from.
	 */
	private static final int CHAIN_DATES_KEPT = 3;

	/**
	 * How many chains with derivations a model keeps, one date each, the least recently asked for
	 * going first: the places a holder's listed dates explain, from one date to the next. Kept
	 * without a bound, the chains of the groups a country's totals explain (each site's with every
	 * step in words) came to more than a 512 MB heap.
	 */
	private static final int EXPLAINED_CHAINS_KEPT = 1_000;

	/**
	 * Chains worked out at the date of their newest evidence (a chain is the same on every day up
	 * to its next report or movement), kept only by models asked about many dates.
	 */
	private final Map<ChainKey, java.util.TreeMap<LocalDate, Optional<Chain>>> chainDates = java.util.Collections
		.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<ChainKey, java.util.TreeMap<LocalDate, Optional<Chain>>> eldest) {
				return explained && size() > EXPLAINED_CHAINS_KEPT;
			}

		});

	/** A stand-in for a conflict where only whether there is one counts. */
	private static final Conflict UNWORDED = new Conflict("", List.of(), List.of(), 0, List.of());

	private Optional<Chain> chain(ChainKey key, List<Item> reports, List<Effect> effects, LocalDate date) {
		if (!keepsChains) {
			return chainAfresh(key, reports, effects, date);
		}
		// A chain is the same on every day from its newest evidence to its next: worked out once.
		LocalDate evidence = null;
		for (Item report : reports) {
			LocalDate first = report.period().first();
			if (!first.isAfter(date) && (evidence == null || first.isAfter(evidence))) {
				evidence = first;
			}
		}
		for (Effect effect : effects) {
			LocalDate first = effect.first();
			if (!first.isAfter(date) && (evidence == null || first.isAfter(evidence))) {
				evidence = first;
			}
		}
		if (evidence == null) {
			return Optional.empty();
		}
		java.util.TreeMap<LocalDate, Optional<Chain>> kept = chainDates.computeIfAbsent(key, k -> new java.util.TreeMap<>());
		synchronized (kept) {
			Optional<Chain> known = kept.get(evidence);
			if (known != null) {
				return known;
			}
		}
		Optional<Chain> chain = chainAfresh(key, reports, effects, evidence);
		synchronized (kept) {
			kept.put(evidence, chain);
			while (kept.size() > (explained ? 1 : CHAIN_DATES_KEPT)) {
				kept.pollFirstEntry();
			}
		}
		return chain;
	}

	private Optional<Chain> chainAfresh(ChainKey key, List<Item> reports, List<Effect> effects, LocalDate date) {
		List<Effect> counted = effects.stream()
			.filter(e -> !e.first().isAfter(date))
			.sorted(Comparator.comparing(Effect::first).thenComparingLong(e -> e.flow().id()))
			.toList();
		List<Item> begun = reports.stream().filter(r -> !r.period().first().isAfter(date)).toList();
		if (begun.isEmpty()) {
			return startFromFirstMovementIn(counted, date);
		}
		LocalDate anchor = begun.stream().map(r -> r.period().first()).max(Comparator.naturalOrder()).orElseThrow();
		LocalDate reach = anchor.minusDays(WINDOW_DAYS);
		List<Item> window = begun.stream()
			.filter(r -> !r.period().last().isBefore(reach))
			.sorted(Comparator.comparing(Item::period).thenComparingLong(r -> r.report().id()))
			.toList();
		LocalDate windowStart = window.get(0).period().first();

		List<Projected> projected = window.stream().map(item -> project(item, counted, date)).toList();
		List<Step> steps = new ArrayList<>();
		List<Conflict> conflicts = new ArrayList<>();
		Set<Long> reportIds = new LinkedHashSet<>();
		Set<Long> movementIds = new LinkedHashSet<>();
		// The newest evidence as its source dated it: "February 2026", never a day it did not give.
		Period newest = begun.stream().map(Item::period).filter(p -> p.first().equals(anchor))
			.max(Comparator.naturalOrder()).orElseThrow();

		Optional<Chain> before = chain(key, reports, effects, windowStart.minusDays(1));
		Optional<Projected> prior = before.map(b -> carryForward(b, windowStart.minusDays(1), counted, date));
		if (before.isPresent()) {
			steps.addAll(before.get().steps());
			steps.addAll(prior.get().steps());
			reportIds.addAll(before.get().reportIds());
			movementIds.addAll(before.get().movementIds());
			movementIds.addAll(prior.get().movementIds());
			newest = Period.latest(newest, before.get().newest());
			newest = Period.latest(newest, prior.get().lastMoved());
		}
		Optional<Range> agreed = Optional.of(Range.ANY);
		Range hull = projected.get(0).range();
		for (Projected p : projected) {
			steps.addAll(p.steps());
			conflicts.addAll(p.overdrawn());
			if (traced) {
				reportIds.add(p.item().report().id());
			}
			movementIds.addAll(p.movementIds());
			newest = Period.latest(newest, p.lastMoved());
			agreed = agreed.flatMap(p.range()::intersect);
			hull = hull.hull(p.range());
		}
		// Each report that falls short of the highest is named against it: one conflict per report,
		// not one per pair (a window of fifty scattered reports would name 1,225 pairs).
		Projected highest = projected.stream().max(Comparator.comparingLong(p -> p.range().lower())).orElseThrow();
		for (Projected lower : projected) {
			if (lower.range().upper() != null && lower.range().upper() < highest.range().lower()) {
				conflicts.add(explained ? betweenReports(lower, highest) : UNWORDED);
			}
		}
		Range range = agreed.orElse(hull);
		if (explained && agreed.isEmpty()) {
			steps.add(combined(anchor, "The reports cannot all be right; the estimate spans everything they allow",
					range));
		}
		else if (explained && projected.size() > 1) {
			steps.add(combined(anchor, "Every report allows " + range.words(), range));
		}
		if (prior.isPresent()) {
			Range projection = prior.get().range();
			List<Conflict> withProjection = projected.stream()
				.filter(p -> p.range().distanceTo(projection) > 0)
				.map(p -> explained ? againstProjection(p, before.get(), prior.get()) : UNWORDED)
				.toList();
			if (withProjection.isEmpty()) {
				range = range.intersect(projection).orElse(range);
				if (explained) {
					steps.add(combined(anchor, "The reports agree with the projection of the earlier estimate, "
							+ projection.words() + "; together they allow " + range.words(), range));
				}
			}
			else {
				conflicts.addAll(withProjection);
				if (explained) {
					steps.add(combined(anchor, "The reports cannot be squared with the projection of the earlier estimate, "
							+ projection.words() + "; the newer reports are carried forward", range));
				}
			}
		}
		int independent = (int) window.stream().mapToLong(i -> i.report().sourceRoot()).distinct().count();
		String basis = explained ? window.stream().map(i -> "'" + i.words() + "'").distinct().collect(Collectors.joining(" and "))
				+ projected.get(projected.size() - 1).movedSince() : "";
		return Optional.of(new Chain(range, false, conflicts, steps, reportIds, movementIds, newest, independent, basis));
	}

	/** No report yet: the chain starts at the first movement in, from nobody. */
	private Optional<Chain> startFromFirstMovementIn(List<Effect> counted, LocalDate date) {
		Optional<Effect> firstIn = counted.stream().filter(e -> e.inward() && e.certain()).findFirst();
		if (firstIn.isEmpty()) {
			return Optional.empty();
		}
		Item start = Item.startingAt(firstIn.get().first());
		Projected projected = project(start, counted, date);
		List<Step> steps = new ArrayList<>();
		if (explained) {
			steps.add(combined(start.period().first(),
					"No report before the first movement in: counted from it, as if nobody was there before", Range.ZERO));
			steps.addAll(projected.steps());
		}
		Period newest = Period.latest(firstIn.get().flow().effective(), projected.lastMoved());
		return Optional.of(new Chain(projected.range(), true, projected.overdrawn(), steps, Set.of(),
				new LinkedHashSet<>(projected.movementIds()), newest, 0, "nobody" + projected.movedSince()));
	}

	/** One report moved forward to {@code date} by the movements since it. */
	private Projected project(Item item, List<Effect> counted, LocalDate date) {
		Range range = item.reading();
		String line = !explained ? "" : item.isReport() ? item.words() + " " + item.period().when() : item.words();
		List<Step> steps = new ArrayList<>();
		if (explained && item.isReport()) {
			String read = item.report().approximate() ? " (about: read as " + range.words() + ")" : "";
			steps.add(new Step(item.period().first(), Step.Kind.REPORT, item.report().id(),
					item.words() + read + (item.source() == null ? "" : ", " + item.source()), line + " = " + range.words(),
					range));
		}
		List<Conflict> overdrawn = new ArrayList<>();
		List<Long> used = new ArrayList<>();
		Period lastMoved = null;
		StringBuilder movedSince = new StringBuilder();
		int notListed = 0;
		int terms = 0;
		LocalDate lastNotListed = null;
		for (Effect effect : counted) {
			Period when = effect.flow().effective();
			if (when.last().isBefore(item.period().first()) || effect.first().isAfter(date)) {
				continue; // the report already counts it, or it has not happened yet
			}
			boolean after = !effect.first().isBefore(item.period().last());
			boolean certain = after && effect.certain();
			Range flow = effect.flow().bounds();
			lastMoved = Period.latest(lastMoved, when);
			if (used.size() >= ITEMISED_MOVEMENTS) {
				range = movedBy(range, effect, certain);
				used.add(effect.flow().id());
				notListed++;
				lastNotListed = effect.first();
				continue;
			}
			if (certain && !effect.inward() && range.isExceededBy(flow)) {
				overdrawn.add(!explained ? UNWORDED : new Conflict("'" + effect.flow().words() + "' moved out "
						+ when.when() + " is more than '" + item.words() + "' allows (" + range.words() + "); clipped at zero",
						item.isReport() ? List.of(item.report().id()) : List.of(), List.of(effect.flow().id()),
						flow.lower() - range.upper(),
						List.of(new Conflict.Side("'" + item.words() + "' " + when.when(), range),
								new Conflict.Side(effect.flow().words() + " moved out " + when.when(), flow))));
			}
			used.add(effect.flow().id());
			if (!explained) {
				range = movedBy(range, effect, certain);
				continue;
			}
			// "moved in in February 2026" would stutter: a movement in over a month or a year came "during" it
			String moved = effect.flow().words() + (effect.inward() ? " moved in " : " moved out ")
					+ (effect.inward() && !when.first().equals(when.last()) ? "during " + when.words() : when.when());
			if (terms == TERMS_PER_LINE) {
				line = range.words() + " so far";
				terms = 0;
			}
			terms++;
			String possibly = certain ? "" : "possibly ";
			line += (effect.inward() ? " + " : " − ") + possibly + moved;
			movedSince.append(effect.inward() ? " plus " : " minus ").append(possibly).append(moved);
			range = movedBy(range, effect, certain);
			steps.add(new Step(effect.first(), Step.Kind.MOVEMENT, effect.flow().id(),
					possibly + moved + " (" + effect.flow().kind().name().toLowerCase().replace('_', ' ') + ")",
					line + " = " + range.words(), range));
		}
		if (explained && notListed > 0) {
			String more = Range.number(notListed) + " more movements";
			line += " … and " + more;
			movedSince.append(" and ").append(more);
			steps.add(new Step(lastNotListed, Step.Kind.COMBINED, null, more + " in and out, not listed one by one",
					line + " = " + range.words(), range));
		}
		return new Projected(item, range, steps, overdrawn, traced ? used : List.of(), movedSince.toString(), lastMoved);
	}

	/** {@code range} after one movement: certainly these people, or possibly some of them. */
	private static Range movedBy(Range range, Effect effect, boolean certain) {
		Range flow = effect.flow().bounds();
		if (certain) {
			return effect.inward() ? range.plus(flow) : range.minus(flow);
		}
		return effect.inward() ? range.plusPossibly(flow) : range.lessPossibly(flow);
	}

	/** The earlier estimate moved forward from the day before the new window to {@code date}. */
	private Projected carryForward(Chain before, LocalDate from, List<Effect> counted, LocalDate date) {
		// Before a report, a chain counted from its first movement in only knows a lower bound.
		Range start = before.assumedStart() ? before.range().asLowerBound() : before.range();
		List<Effect> since = counted.stream().filter(e -> e.first().isAfter(from)).toList();
		Item earlier = Item.estimated(Period.day(from), start,
				explained ? start.words() + " (estimated on " + Period.words(from) + " from the evidence of "
						+ before.newest().words() + ")" : "");
		Projected projected = project(earlier, since, date);
		List<Step> steps = since.isEmpty() ? List.of() : projected.steps();
		return new Projected(earlier, projected.range(), steps, projected.overdrawn(), projected.movementIds(),
				projected.movedSince(), projected.lastMoved());
	}

	private static Conflict betweenReports(Projected lower, Projected higher) {
		Projected earlier = lower.item().period().compareTo(higher.item().period()) <= 0 ? lower : higher;
		Projected later = earlier == lower ? higher : lower;
		long gap = lower.range().distanceTo(higher.range());
		String words;
		if (earlier.movedSince().isEmpty() && later.movedSince().isEmpty()) {
			words = "'" + lower.item().words() + "' " + lower.item().period().when() + source(lower) + " and '"
					+ higher.item().words() + "' " + higher.item().period().when() + source(higher)
					+ " cannot both be right; " + Range.number(gap) + " people apart";
		}
		else {
			words = "reported " + later.item().words() + " " + later.item().period().when() + source(later)
					+ (later.movedSince().isEmpty() ? "" : ", " + later.range().words() + " with the movements since")
					+ "; the projection from '" + earlier.item().words() + "'" + source(earlier) + earlier.movedSince() + " allows "
					+ earlier.range().words() + "; " + Range.number(gap) + " people apart";
		}
		return new Conflict(words, List.of(lower.item().report().id(), higher.item().report().id()),
				Stream.concat(lower.movementIds().stream(), higher.movementIds().stream()).distinct().toList(), gap,
				List.of(side(earlier), side(later)));
	}

	private static Conflict againstProjection(Projected report, Chain before, Projected projection) {
		long gap = report.range().distanceTo(projection.range());
		String words = "reported " + report.item().words() + " " + report.item().period().when() + source(report)
				+ (report.movedSince().isEmpty() ? "" : ", " + report.range().words() + " with the movements since")
				+ "; the projection from " + before.basis() + projection.movedSince() + " allows "
				+ projection.range().words() + "; " + Range.number(gap) + " people apart";
		List<Long> reportIds = new ArrayList<>(before.reportIds());
		reportIds.add(report.item().report().id());
		List<Long> movementIds = Stream.of(before.movementIds(), projection.movementIds(), report.movementIds())
			.flatMap(ids -> ids.stream())
			.distinct()
			.toList();
		return new Conflict(words, reportIds, movementIds, gap, List.of(new Conflict.Side("the projection from " + before.basis()
				+ (projection.movedSince().isEmpty() ? "" : ", with the movements since"), projection.range()), side(report)));
	}

	/**
	 * A report as one side of a conflict: its words, day and source, and its range with the movements
	 * since (whose arithmetic the derivation lists step by step).
	 */
	private static Conflict.Side side(Projected report) {
		return new Conflict.Side("'" + report.item().words() + "' " + report.item().period().when() + source(report)
				+ (report.movedSince().isEmpty() ? "" : ", with the movements since"), report.range());
	}

	private static String source(Projected projected) {
		return projected.item().source() == null ? "" : " (" + projected.item().source() + ")";
	}

	// ---------------------------------------------------------------- what bears on which chain

	private List<Item> ownReports(Site site, long cohortId) {
		return reports.computeIfAbsent(new EffectsKey('r', site.id(), cohortId), key -> ownReportsAfresh(site, cohortId));
	}

	private List<Item> ownReportsAfresh(Site site, long cohortId) {
		return reportsAt.getOrDefault(site.id(), List.of())
			.stream()
			.filter(o -> isWithin(o.cohortId(), cohortId))
			.map(o -> Item.of(o, o.cohortId() != cohortId))
			.toList();
	}

	/**
	 * Movements bearing on one site: certainly when they name it, possibly when they name only its
	 * group (they may have left from or reached any of its sites).
	 */
	private List<Effect> siteEffects(Site site, long cohortId) {
		return effects.computeIfAbsent(new EffectsKey('s', site.id(), cohortId), key -> siteEffectsAfresh(site, cohortId));
	}

	private List<Effect> siteEffectsAfresh(Site site, long cohortId) {
		List<Effect> effects = new ArrayList<>();
		for (Flow flow : flowsTouching(Arrays.asList(site.id(), site.groupId()))) {
			Boolean certainCohort = cohortBearing(flow, cohortId);
			if (!flow.moves() || certainCohort == null || Objects.equals(flow.fromSiteId(), flow.toSiteId())) {
				continue;
			}
			Long group = site.groupId();
			if (Objects.equals(flow.fromSiteId(), site.id())) {
				effects.add(new Effect(flow, false, certainCohort));
			}
			else if (Objects.equals(flow.toSiteId(), site.id())) {
				effects.add(new Effect(flow, true, certainCohort));
			}
			else if (group != null && Objects.equals(flow.fromSiteId(), group)) {
				effects.add(new Effect(flow, false, false));
			}
			else if (group != null && Objects.equals(flow.toSiteId(), group)) {
				effects.add(new Effect(flow, true, false));
			}
		}
		return effects;
	}

	/** Movements across a group's boundary: from it or any of its sites to elsewhere, or back. */
	private List<Effect> groupBoundaryEffects(Site group, long cohortId) {
		return effects.computeIfAbsent(new EffectsKey('g', group.id(), cohortId),
				key -> groupBoundaryEffectsAfresh(group, cohortId));
	}

	private List<Effect> groupBoundaryEffectsAfresh(Site group, long cohortId) {
		List<Effect> effects = new ArrayList<>();
		for (Flow flow : flowsTouching(withMembers(group))) {
			Boolean certainCohort = cohortBearing(flow, cohortId);
			if (!flow.moves() || certainCohort == null) {
				continue;
			}
			boolean fromInside = isInside(flow.fromSiteId(), group);
			boolean toInside = isInside(flow.toSiteId(), group);
			if (fromInside != toInside) {
				effects.add(new Effect(flow, toInside, certainCohort));
			}
		}
		return effects;
	}

	/** Movements that name the group itself but none of its sites: its not-attributed part. */
	private List<Effect> unsitedEffects(Site group, long cohortId) {
		return effects.computeIfAbsent(new EffectsKey('u', group.id(), cohortId), key -> unsitedEffectsAfresh(group, cohortId));
	}

	/** Which movements bear on a chain does not depend on the date: worked out once per place and cohort. */
	private record EffectsKey(char kind, long siteId, long cohortId) {
	}

	private List<Effect> unsitedEffectsAfresh(Site group, long cohortId) {
		List<Effect> effects = new ArrayList<>();
		for (Flow flow : flowsTouching(List.of(group.id()))) {
			Boolean certainCohort = cohortBearing(flow, cohortId);
			if (!flow.moves() || certainCohort == null) {
				continue;
			}
			boolean from = Objects.equals(flow.fromSiteId(), group.id());
			boolean to = Objects.equals(flow.toSiteId(), group.id());
			if (from != to) {
				effects.add(new Effect(flow, to, certainCohort));
			}
		}
		return effects;
	}

	/** True: the movement moves these people; false: it may include some; null: it has nothing to do with them. */
	private Boolean cohortBearing(Flow flow, long cohortId) {
		if (isWithin(flow.cohortId(), cohortId)) {
			return Boolean.TRUE;
		}
		return isWithin(cohortId, flow.cohortId()) ? Boolean.FALSE : null;
	}

	private boolean isInside(Long siteId, Site group) {
		return siteId != null && (siteId == group.id() || Objects.equals(sites.get(siteId).groupId(), group.id()));
	}

	/** Whether {@code cohortId} is {@code ancestorId} or one of its sub-cohorts, at any depth. */
	private boolean isWithin(long cohortId, long ancestorId) {
		if (cohortId == ancestorId) {
			return true;
		}
		Set<Long> line = ancestry.get(cohortId);
		return line != null && line.contains(ancestorId);
	}

	private boolean related(long cohortId, long askedId) {
		return isWithin(cohortId, askedId) || isWithin(askedId, cohortId);
	}

	// ---------------------------------------------------------------- groups and their sites

	private record GroupPicture(Population group, Map<Long, Population> sites, Range notAttributed) {
	}

	/**
	 * A group's picture, worked out once per group, cohort and date: totals per holder and per
	 * country, and every site of the group, ask for the same one.
	 */
	private Optional<GroupPicture> resolveGroup(Site group, long cohortId, LocalDate date) {
		if (!explained) {
			// A model for totals over time asks for each group once a date: kept, its pictures would
			// only fill the memory.
			return resolveGroupAfresh(group, cohortId, date);
		}
		return resolvedGroups.computeIfAbsent(new GroupKey(group.id(), cohortId, date),
				key -> resolveGroupAfresh(group, cohortId, date));
	}

	private record GroupKey(long groupId, long cohortId, LocalDate date) {
	}

	private Optional<GroupPicture> resolveGroupAfresh(Site group, long cohortId, LocalDate date) {
		List<Site> members = membersOfGroup.getOrDefault(group.id(), List.of());
		Map<Long, Chain> siteChains = new LinkedHashMap<>();
		for (Site member : members) {
			chain(new ChainKey('s', member.id(), cohortId), ownReports(member, cohortId), siteEffects(member, cohortId), date)
				.ifPresent(chain -> siteChains.put(member.id(), chain));
		}
		Range sitesSum = Range.sum(siteChains.values().stream().map(Chain::range).toList());
		Optional<Chain> own = chain(new ChainKey('g', group.id(), cohortId), ownReports(group, cohortId),
				groupBoundaryEffects(group, cohortId), date)
			.filter(chain -> !chain.assumedStart());
		List<Step> groupSteps = new ArrayList<>();
		List<Conflict> groupConflicts = new ArrayList<>();
		Map<Long, Range> siteRanges = new LinkedHashMap<>();
		siteChains.forEach((id, chain) -> siteRanges.put(id, chain.range()));
		Range total;
		Range notAttributed;
		Chain evidence;
		if (own.isPresent()) {
			Chain groupChain = own.get();
			evidence = groupChain;
			groupSteps.addAll(groupChain.steps());
			Range fromReports = groupChain.range();
			long sitesAtLeast = sitesSum.lower();
			if (explained && !siteChains.isEmpty()) {
				groupSteps.add(combined(date, "Its sites hold " + sitesSum.words() + ": " + siteNames(siteChains.keySet()),
						sitesSum));
			}
			if (fromReports.upper() != null && fromReports.upper() < sitesAtLeast) {
				total = fromReports.hull(sitesSum);
				groupConflicts.add(!explained ? UNWORDED : new Conflict("its sites hold at least " + Range.number(sitesAtLeast)
						+ "; the group's own figures allow " + fromReports.words() + "; "
						+ Range.number(sitesAtLeast - fromReports.upper()) + " people apart",
						List.copyOf(groupChain.reportIds()), List.copyOf(groupChain.movementIds()),
						sitesAtLeast - fromReports.upper(), List.of(new Conflict.Side("its sites together", sitesSum),
								new Conflict.Side("the group's own figures", fromReports))));
			}
			else {
				total = new Range(Math.max(fromReports.lower(), sitesAtLeast), fromReports.upper());
				// Each site holds at most the group less what the other sites certainly hold.
				if (total.upper() != null) {
					for (Map.Entry<Long, Range> entry : siteRanges.entrySet()) {
						long othersAtLeast = sitesAtLeast - entry.getValue().lower();
						Range cap = Range.upTo(total.upper() - othersAtLeast);
						entry.setValue(entry.getValue().intersect(cap).orElse(entry.getValue()));
					}
				}
			}
			Range sitesNow = Range.sum(siteRanges.values());
			notAttributed = total.minus(sitesNow);
			if (explained) {
				groupSteps.add(combined(date, "The group holds " + total.words() + "; not attributed to any site: "
						+ total.words() + " − " + sitesNow.words() + " = " + notAttributed.words(), total));
			}
		}
		else {
			Optional<Chain> unsited = chain(new ChainKey('u', group.id(), cohortId), List.of(), unsitedEffects(group, cohortId),
					date);
			if (siteChains.isEmpty() && unsited.isEmpty()) {
				return Optional.empty();
			}
			notAttributed = unsited.map(Chain::range).orElse(Range.ZERO);
			total = sitesSum.plus(notAttributed);
			evidence = unsited.orElse(null);
			unsited.ifPresent(chain -> groupSteps.addAll(chain.steps()));
			// The total is the sites' sum: each site's own evidence is part of its derivation, so that
			// the reports and movements behind it can be followed from the group's total.
			if (explained) {
				siteChains.forEach((id, chain) -> {
					groupSteps.addAll(chain.steps());
					groupSteps.add(combined(date, sites.get(id).name() + ": " + chain.range().words(), chain.range()));
				});
			}
			if (explained) {
				groupSteps.add(combined(date, "No report for the group as a whole: its sites (" + sitesSum.words()
						+ ") plus what moved with no site named (" + notAttributed.words() + ") = " + total.words(), total));
			}
		}

		Map<Long, Population> sitePopulations = new LinkedHashMap<>();
		for (Map.Entry<Long, Chain> entry : siteChains.entrySet()) {
			Chain chain = entry.getValue();
			Range range = siteRanges.get(entry.getKey());
			List<Step> steps = new ArrayList<>(chain.steps());
			if (explained && !range.equals(chain.range())) {
				steps.add(combined(date, "At most what the group holds (" + total.words()
						+ ") less what its other sites hold at least", range));
			}
			sitePopulations.put(entry.getKey(),
					population(sites.get(entry.getKey()), cohortId, date, range, chain, List.of(), null, steps));
		}
		List<Chain> all = new ArrayList<>(siteChains.values());
		if (evidence != null) {
			all.add(0, evidence);
		}
		Population groupPopulation = populationOf(group, cohortId, date, total, all, groupConflicts, notAttributed,
				groupSteps, evidence == null || own.isEmpty() ? 0 : evidence.independentSources());
		return Optional.of(new GroupPicture(groupPopulation, sitePopulations, notAttributed));
	}

	private String siteNames(Set<Long> ids) {
		return ids.stream().map(id -> sites.get(id).name()).collect(Collectors.joining(", "));
	}

	// ---------------------------------------------------------------- custody totals

	@FunctionalInterface
	private interface KeyOf<K> {

		/** The key of a holder's span over {@code place}, or of the place itself when {@code span} is null. */
		K key(CustodySpan span, Site place);

	}

	/** A share of people and whom it may belong to. */
	private record Part<K>(Site place, Range range, Set<K> candidates, Population population) {
	}

	private <K> Totals<K> totals(long cohortId, LocalDate date, KeyOf<K> keyOf) {
		requireCohort(cohortId);
		Map<K, List<Part<K>>> attributed = new LinkedHashMap<>();
		List<Totals.Unattributed<K>> notAttributed = new ArrayList<>();
		for (Site top : data.sites()) {
			if (top.groupId() != null) {
				continue;
			}
			for (Part<K> part : shares(top, cohortId, date, keyOf)) {
				if (part.candidates().size() == 1) {
					attributed.computeIfAbsent(part.candidates().iterator().next(), k -> new ArrayList<>()).add(part);
				}
				else {
					notAttributed.add(new Totals.Unattributed<>(part.place().id(), part.range(),
							List.copyOf(part.candidates()), part.population().newestEvidence()));
				}
			}
		}
		Map<K, Total<K>> totals = new LinkedHashMap<>();
		attributed.forEach((key, parts) -> totals.put(key, total(key, parts)));
		return new Totals<>(date, cohortId, totals, notAttributed);
	}

	/**
	 * What one place of its own, or one group with its sites, adds to the totals on a date: its
	 * parts, each with whom it may belong to (one candidate: attributed to it).
	 */
	private <K> List<Part<K>> shares(Site top, long cohortId, LocalDate date, KeyOf<K> keyOf) {
		List<Part<K>> parts = new ArrayList<>();
		Population whole;
		if (isGroup(top)) {
			Optional<GroupPicture> picture = resolveGroup(top, cohortId, date);
			if (picture.isEmpty()) {
				return List.of();
			}
			whole = picture.get().group();
			Set<K> restCandidates = new LinkedHashSet<>(candidates(top, date, keyOf));
			for (Site member : membersOfGroup.get(top.id())) {
				Population site = picture.get().sites().get(member.id());
				if (site == null) {
					// People the group holds but no site accounts for may be here.
					restCandidates.addAll(candidates(member, date, keyOf));
				}
				else {
					parts.add(new Part<>(member, site.range(), candidates(member, date, keyOf), site));
				}
			}
			Range rest = picture.get().notAttributed();
			if (rest != null && !rest.equals(Range.ZERO)) {
				parts.add(new Part<>(top, rest, restCandidates, whole));
			}
		}
		else {
			Optional<Population> site = at(top.id(), cohortId, date);
			if (site.isEmpty()) {
				return List.of();
			}
			whole = site.get();
			parts.add(new Part<>(top, whole.range(), candidates(top, date, keyOf), whole));
		}
		Set<K> keys = new LinkedHashSet<>();
		parts.forEach(part -> keys.addAll(part.candidates()));
		boolean oneOwner = keys.size() == 1 && parts.stream().allMatch(part -> part.candidates().size() == 1);
		if (oneOwner) {
			// One holder has it all: add the group once, as a whole, not its parts.
			return List.of(new Part<>(top, whole.range(), keys, whole));
		}
		return parts;
	}

	// ---------------------------------------------------------------- one holder's or country's totals over time

	/**
	 * One holder's or country's totals on one date, as {@link #holderTotals} or {@link #countryTotals}
	 * give them for it: what it certainly holds, and each share that may be its or another's.
	 */
	static final class SubjectTotals<K> {

		private final LocalDate date;

		private final K subject;

		/** Whether the shares themselves are kept, or only what they add up to. */
		private final boolean keepsShares;

		private final List<Part<K>> mine = new ArrayList<>();

		private final List<Part<K>> shared = new ArrayList<>();

		private Range held = Range.ZERO;

		private Range sharedSum = Range.ZERO;

		private int mineCount;

		private int sharedCount;

		private boolean conflict;

		private Map<Long, Population> populations;

		private SubjectTotals(LocalDate date, K subject, boolean keepsShares) {
			this.date = date;
			this.subject = subject;
			this.keepsShares = keepsShares;
		}

		private void add(Part<K> part) {
			boolean attributed = part.candidates().size() == 1;
			if (attributed) {
				held = held.plus(part.range());
				mineCount++;
			}
			else {
				sharedSum = sharedSum.plus(part.range());
				sharedCount++;
			}
			conflict |= part.population().isConflict();
			if (keepsShares) {
				(attributed ? mine : shared).add(part);
			}
		}

		/** What it certainly holds: ZERO when nothing is attributed to it. */
		Range held() {
			return held;
		}

		/** Whether anything is attributed to it. */
		boolean holdsAny() {
			return mineCount > 0;
		}

		/** What may be its or another's, added up; null when nothing is. */
		Range sharedSum() {
			return sharedCount == 0 ? null : sharedSum;
		}

		/** Whether any estimate added up, its own or shared, has a conflict. */
		boolean conflict() {
			return conflict;
		}

		LocalDate date() {
			return date;
		}

		/** What it certainly holds, or empty when nothing is attributed to it (only when the shares are kept). */
		Optional<Total<K>> total() {
			requireShares();
			return mine.isEmpty() ? Optional.empty() : Optional.of(PopulationModel.total(subject, mine));
		}

		/** The shares that may be its or another's (only when the shares are kept). */
		List<Totals.Unattributed<K>> shared() {
			requireShares();
			return shared.stream()
				.map(part -> new Totals.Unattributed<>(part.place().id(), part.range(), List.copyOf(part.candidates()),
						part.population().newestEvidence()))
				.toList();
		}

		/** The estimate of a place added up, a site or a group, or null when it is not part of these totals. */
		Population population(long siteId) {
			requireShares();
			if (populations == null) {
				populations = new HashMap<>();
				Stream.concat(mine.stream(), shared.stream())
					.forEach(part -> populations.put(part.place().id(), part.population()));
			}
			return populations.get(siteId);
		}

		private void requireShares() {
			if (!keepsShares) {
				throw new IllegalStateException("only what the shares add up to was kept");
			}
		}

	}

	/**
	 * {@link #holderTotals} for one holder on each of {@code dates}, oldest first; with each share
	 * when {@code keepsShares}, else only what they add up to (a thousand dates of ten thousand
	 * shares do not fit the memory).
	 */
	List<SubjectTotals<Long>> holderTotalsOver(long cohortId, List<LocalDate> dates, long holderId,
			boolean keepsShares) {
		return totalsOver(cohortId, dates, (span, place) -> span == null ? null : span.holderId(), holderId,
				keepsShares);
	}

	/** {@link #countryTotals} for one country on each of {@code dates}, as {@link #holderTotalsOver}. */
	List<SubjectTotals<String>> countryTotalsOver(long cohortId, List<LocalDate> dates, String country,
			boolean keepsShares) {
		return totalsOver(cohortId, dates,
				(span, place) -> span == null ? place.country() : holders.get(span.holderId()).country(), country,
				keepsShares);
	}

	/**
	 * One subject's totals on each of {@code dates}, ascending. Each place (a site of its own, or a
	 * group with its sites) is worked out again only on a date where its own evidence or custody may
	 * have changed what it adds; on the others what it added last time stands. A holder's history at
	 * a million figures reads a thousand dates of ten thousand sites: asking every site on every date
	 * did not finish in minutes.
	 * <p>
	 * One place at a time, through all the dates, forgetting its chains before the next: the chains
	 * of ten thousand sites with the reports each rests on did not fit a 512 MB heap. Not for
	 * concurrent use: each caller makes its own model.
	 */
	private <K> List<SubjectTotals<K>> totalsOver(long cohortId, List<LocalDate> dates, KeyOf<K> keyOf, K subject,
			boolean keepsShares) {
		requireCohort(cohortId);
		List<SubjectTotals<K>> answers = new ArrayList<>(dates.size());
		dates.forEach(date -> answers.add(new SubjectTotals<>(date, subject, keepsShares)));
		for (Site top : data.sites()) {
			if (top.groupId() != null) {
				continue;
			}
			List<LocalDate> when = changeDates(top, cohortId);
			int next = 0;
			List<Part<K>> current = null;
			for (SubjectTotals<K> answer : answers) {
				boolean changed = current == null;
				while (next < when.size() && !when.get(next).isAfter(answer.date())) {
					next++;
					changed = true;
				}
				if (changed) {
					current = shares(top, cohortId, answer.date(), keyOf);
				}
				for (Part<K> part : current) {
					if (part.candidates().contains(subject)) {
						answer.add(part);
					}
				}
			}
			chainDates.clear();
		}
		return answers;
	}

	/**
	 * The dates on which what a place adds to totals may change, ascending: the first days of its
	 * (and its sites') reports and of the movements bearing on them, and its custody changes.
	 */
	private List<LocalDate> changeDates(Site top, long cohortId) {
		TreeSet<LocalDate> dates = new TreeSet<>();
		List<Site> family = new ArrayList<>();
		family.add(top);
		family.addAll(membersOfGroup.getOrDefault(top.id(), List.of()));
		for (Site site : family) {
			ownReports(site, cohortId).forEach(item -> dates.add(item.period().first()));
			List<Effect> bearing = site != top ? siteEffects(site, cohortId)
					: isGroup(top) ? Stream.concat(groupBoundaryEffects(top, cohortId).stream(),
							unsitedEffects(top, cohortId).stream()).toList() : siteEffects(top, cohortId);
			bearing.forEach(effect -> dates.add(effect.first()));
			for (CustodySpan span : custodyOf.getOrDefault(site.id(), List.of())) {
				if (span.from() != null) {
					dates.add(span.from());
				}
				if (span.to() != null) {
					dates.add(span.to());
				}
			}
		}
		return List.copyOf(dates);
	}

	private static <K> Total<K> total(K key, List<Part<K>> parts) {
		Range range = Range.sum(parts.stream().map(Part::range).toList());
		Period newest = parts.stream()
			.map(part -> part.population().newestEvidence())
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		List<Long> siteIds = parts.stream().map(part -> part.place().id()).distinct().toList();
		List<Long> reportIds = parts.stream().flatMap(part -> part.population().reportIds().stream()).distinct().toList();
		List<Long> movementIds = parts.stream()
			.flatMap(part -> part.population().movementIds().stream())
			.distinct()
			.toList();
		boolean conflict = parts.stream().anyMatch(part -> part.population().isConflict());
		return new Total<>(key, range, newest, siteIds, reportIds, movementIds, conflict);
	}

	/** Who may hold the people of a place on a date: its own custody, else its group's. */
	private <K> Set<K> candidates(Site place, LocalDate date, KeyOf<K> keyOf) {
		Set<K> keys = new LinkedHashSet<>();
		spansOn(place.id(), date).forEach(span -> keys.add(keyOf.key(span, place)));
		if (keys.isEmpty() && place.groupId() != null) {
			spansOn(place.groupId(), date).forEach(span -> keys.add(keyOf.key(span, place)));
		}
		if (keys.isEmpty()) {
			K own = keyOf.key(null, place);
			if (own != null) {
				keys.add(own);
			}
		}
		return keys;
	}

	private List<CustodySpan> spansOn(long siteId, LocalDate date) {
		return custodyOf.getOrDefault(siteId, List.of()).stream().filter(span -> span.covers(date)).toList();
	}

	// ---------------------------------------------------------------- building results

	private Population population(Site site, long cohortId, LocalDate date, Range range, Chain chain,
			List<Conflict> extraConflicts, Range notAttributed, List<Step> steps) {
		return populationOf(site, cohortId, date, range, List.of(chain), extraConflicts, notAttributed, steps,
				chain.independentSources());
	}

	private Population populationOf(Site site, long cohortId, LocalDate date, Range range, List<Chain> chains,
			List<Conflict> extraConflicts, Range notAttributed, List<Step> steps, int independentSources) {
		List<Conflict> conflicts = new ArrayList<>();
		Set<Long> reportIds = new LinkedHashSet<>();
		Set<Long> movementIds = new LinkedHashSet<>();
		Period newest = null;
		for (Chain chain : chains) {
			conflicts.addAll(chain.conflicts());
			reportIds.addAll(chain.reportIds());
			movementIds.addAll(chain.movementIds());
			newest = Period.latest(newest, chain.newest());
		}
		conflicts.addAll(extraConflicts);
		return new Population(site.id(), cohortId, date, range, distinct(conflicts), notAttributed, newest,
				List.copyOf(reportIds), List.copyOf(movementIds), explained ? pending(site, cohortId, date) : List.of(),
				independentSources,
				new Derivation(steps, range));
	}

	/** Planned and under-way movements touching a site or group by {@code date}: shown, never subtracted. */
	private List<Flow> pending(Site site, long cohortId, LocalDate date) {
		List<Long> touched = isGroup(site) ? withMembers(site) : Arrays.asList(site.id(), site.groupId());
		return flowsTouching(touched)
			.stream()
			.filter(flow -> flow.status() != Flow.Status.COMPLETED && related(flow.cohortId(), cohortId))
			.filter(flow -> flow.started() == null || !flow.started().first().isAfter(date))
			.filter(flow -> touches(flow, site))
			.sorted(Comparator.comparingLong(Flow::id))
			.toList();
	}

	private boolean touches(Flow flow, Site site) {
		if (isGroup(site)) {
			return isInside(flow.fromSiteId(), site) || isInside(flow.toSiteId(), site);
		}
		return Objects.equals(flow.fromSiteId(), site.id()) || Objects.equals(flow.toSiteId(), site.id())
				|| (site.groupId() != null
						&& (Objects.equals(flow.fromSiteId(), site.groupId()) || Objects.equals(flow.toSiteId(), site.groupId())));
	}

	private static List<Conflict> distinct(List<Conflict> conflicts) {
		Map<String, Conflict> byWords = new LinkedHashMap<>();
		conflicts.forEach(conflict -> byWords.putIfAbsent(conflict.words(), conflict));
		return List.copyOf(byWords.values());
	}

	private static Step combined(LocalDate date, String words, Range result) {
		return new Step(date, Step.Kind.COMBINED, null, words, null, result);
	}

	private boolean isGroup(Site site) {
		return membersOfGroup.containsKey(site.id());
	}

	private Site site(long id) {
		Site site = sites.get(id);
		if (site == null) {
			throw new IllegalArgumentException("unknown site " + id);
		}
		return site;
	}

	private void requireCohort(long id) {
		if (!cohorts.containsKey(id)) {
			throw new IllegalArgumentException("unknown cohort " + id);
		}
	}

	private static <T> Map<Long, T> index(List<T> items, Function<T, Long> id) {
		Map<Long, T> map = new HashMap<>();
		items.forEach(item -> map.put(id.apply(item), item));
		return map;
	}

}
