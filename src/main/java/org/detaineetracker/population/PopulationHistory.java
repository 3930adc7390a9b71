package org.detaineetracker.population;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import org.detaineetracker.kernel.Countries;
import org.detaineetracker.kernel.KnownOn;

/**
 * The population over time of a custody holder, a country or a set of facilities, and the
 * reconciliation of each route, read from the same model and the same whole picture as
 * {@link PopulationService} (computed once per data version).
 * <p>
 * Totals over time need every report of the places they add up, not only the latest windows the
 * whole picture keeps: each question reads, in one statement with the data version, the whole
 * history of reports of its places' families (a place, its group and the group's sites, whose
 * numbers bound each other), and runs the model on that family with the picture's movements and
 * custody. A route's reconciliation reads nothing more than the whole picture.
 */
@Service
public class PopulationHistory {

	private final PopulationService service;

	private final JdbcClient jdbc;

	private final Countries countries;

	/**
	 * How many reports' worth of totals over time are worked out at once. A country's totals at a
	 * million figures read 875,000 reports and needed most of a 512 MB heap: two at once ran it out
	 * of memory (one answered 500). A request past the bound waits for the ones ahead, then gets a
	 * 503 with {@code Retry-After}. A family is read alone (its size is known only once read);
	 * at the seed's size that takes milliseconds, at a million figures a holder's page waits for a
	 * country's totals.
	 */
	static final int REPORTS_AT_ONCE = 1_000_000;

	private final Semaphore reportsAtOnce = new Semaphore(REPORTS_AT_ONCE, true);

	private final Duration longestWait;

	@Autowired
	PopulationHistory(PopulationService service, JdbcClient jdbc, Countries countries) {
		this(service, jdbc, countries, Duration.ofSeconds(60));
	}

	PopulationHistory(PopulationService service, JdbcClient jdbc, Countries countries, Duration longestWait) {
		this.service = service;
		this.jdbc = jdbc;
		this.countries = countries;
		this.longestWait = longestWait;
	}

	/**
	 * A turn to read a family of reports and work its totals out. It takes the whole bound until
	 * the family is read (a family's size is known only then, and two countries' families read at
	 * once already filled the heap), then keeps only the family's share.
	 *
	 * @throws ResponseStatusException 503 when no turn comes within the longest wait
	 */
	Admission admit() {
		boolean acquired = false;
		try {
			acquired = reportsAtOnce.tryAcquire(REPORTS_AT_ONCE, longestWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
		if (!acquired) {
			// Thrown from here, not mapped by each caller: pages and the API answer it alike.
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
					"Too many totals over time are being worked out at once; try again in a moment.");
		}
		return new Admission();
	}

	/** A turn taken by {@link #admit}: closing it lets the next ones in. */
	final class Admission implements AutoCloseable {

		private int held = REPORTS_AT_ONCE;

		private Admission() {
		}

		/** Keeps the share of {@code reports} read, letting the next family be read once the bound allows. */
		void keep(int reports) {
			int share = Math.max(1, Math.min(reports, held));
			reportsAtOnce.release(held - share);
			held = share;
		}

		@Override
		public void close() {
			reportsAtOnce.release(held);
			held = 0;
		}

	}

	/** Whether {@code code} is an ISO 3166-1 alpha-2 code. */
	public static boolean isCountryCode(String code) {
		return code != null && code.matches("[A-Z]{2}") && Arrays.asList(Locale.getISOCountries()).contains(code);
	}

	// ---------------------------------------------------------------- holders and countries

	/** A holder's totals over time, or empty when no holder has that slug: one statement while the picture is current. */
	@Transactional(readOnly = true)
	public Optional<TotalsOverTime> holder(String slug, KnownOn knownOn) {
		try (Admission admission = admit()) {
			Family family = family(knownOn, List.of(), slug, "", false, 0, 0, admission);
			Long holderId = family.holderIdOf(slug);
			if (holderId == null) {
				return Optional.empty();
			}
			Holder holder = family.holder(holderId);
			return Optional.of(totalsOverTime(family, slug, holder.name(),
					(model, cohort, dates, keep) -> model.holderTotalsOver(cohort, dates, holderId, keep), holderId,
					family::holderName));
		}
	}

	/** A country's totals over time (by who holds each place, as on the dashboard): one statement while the picture is current. */
	@Transactional(readOnly = true)
	public TotalsOverTime country(String code, KnownOn knownOn) {
		try (Admission admission = admit()) {
			Family family = family(knownOn, List.of(), "", code, false, 0, 0, admission);
			return totalsOverTime(family, code, countries.name(code),
					(model, cohort, dates, keep) -> model.countryTotalsOver(cohort, dates, code, keep), code, countries::name);
		}
	}

	@FunctionalInterface
	private interface TotalsOver<K> {

		List<PopulationModel.SubjectTotals<K>> over(PopulationModel model, long cohortId, List<LocalDate> dates,
				boolean keepsShares);

	}

	/**
	 * Totals over time in two passes. The first reads every date where anything the totals read
	 * changed, with numbers only (no derivations, no report ids), and keeps the dates where the
	 * numbers changed; the second works out in full only the dates listed: the newest
	 * {@link TotalsOverTime#DATES_SHOWN} and today's. Working out every date in full did not finish
	 * in minutes for a holder at a million figures.
	 */
	private <K> TotalsOverTime totalsOverTime(Family family, String key, String label, TotalsOver<K> totalsOver, K subject,
			Function<K, String> nameOf) {
		LocalDate date = family.picture.date;
		Set<LocalDate> custodyDates = new TreeSet<>();
		family.custody.forEach(span -> {
			if (span.from() != null && !span.from().isAfter(date)) {
				custodyDates.add(span.from());
			}
			if (span.to() != null && !span.to().isAfter(date)) {
				custodyDates.add(span.to());
			}
		});
		List<TotalsOverTime.CohortTotals> cohorts = new ArrayList<>();
		for (Cohort cohort : family.picture.data.cohorts()) {
			Set<LocalDate> dates = new TreeSet<>(family.evidenceDates(cohort.id()));
			if (dates.isEmpty()) {
				continue;
			}
			dates.addAll(custodyDates);
			dates.add(date);
			List<LocalDate> days = dates.stream().filter(day -> !day.isAfter(date)).toList();
			// First pass: which dates the totals changed on. A date where nothing changed (another
			// place's evidence, a custody change elsewhere) is left out.
			List<PopulationModel.SubjectTotals<K>> numbers = totalsOver.over(family.ranges(), cohort.id(), days, false);
			List<Integer> changed = new ArrayList<>();
			TotalsOverTime.TotalPoint last = null;
			boolean nowHeld = false;
			for (int i = 0; i < days.size(); i++) {
				TotalsOverTime.TotalPoint point = numbersOnly(numbers.get(i), !changed.isEmpty());
				if (point != null && (last == null || !last.sameNumbers(point))) {
					changed.add(i);
					last = point;
				}
				nowHeld = point != null && i == days.size() - 1;
			}
			if (changed.isEmpty() || !nowHeld) {
				continue;
			}
			// Second pass: the dates listed, and today, in full.
			int leftOut = Math.max(0, changed.size() - TotalsOverTime.DATES_SHOWN);
			List<Integer> listed = changed.subList(leftOut, changed.size());
			List<Integer> full = new ArrayList<>(listed);
			if (full.get(full.size() - 1) != days.size() - 1) {
				full.add(days.size() - 1);
			}
			List<PopulationModel.SubjectTotals<K>> traced = totalsOver.over(family.traced(), cohort.id(),
					full.stream().map(days::get).toList(), true);
			List<TotalsOverTime.TotalPoint> points = new ArrayList<>();
			for (int i = 0; i < full.size(); i++) {
				LocalDate day = days.get(full.get(i));
				boolean earlier = changed.get(0) < full.get(i);
				PopulationModel.SubjectTotals<K> totals = traced.get(i);
				TotalsOverTime.TotalPoint point = family.model.onOneDate(day,
						() -> point(family, cohort.id(), totals, subject, nameOf, earlier));
				if (i < listed.size()) {
					points.add(point);
				}
				if (day.equals(date)) {
					String[] names = family.picture.cohorts.get(cohort.id());
					cohorts.add(new TotalsOverTime.CohortTotals(cohort.id(), names[0], names[1], points, point, leftOut));
				}
			}
		}
		return new TotalsOverTime(key, label, date, cohorts, family.changes());
	}

	/** The numbers of {@link #point} alone: what the first pass compares from one date to the next. */
	private static TotalsOverTime.TotalPoint numbersOnly(PopulationModel.SubjectTotals<?> totals, boolean heldBefore) {
		if (!totals.holdsAny() && totals.sharedSum() == null && !heldBefore) {
			return null;
		}
		return new TotalsOverTime.TotalPoint(totals.date(), totals.held(), totals.sharedSum(), totals.conflict(), null,
				List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/** The totals on one day, with each share's derivation, or null when nothing is held nor may be, and nothing was before. */
	private <K> TotalsOverTime.TotalPoint point(Family family, long cohortId, PopulationModel.SubjectTotals<K> totals,
			K subject, Function<K, String> nameOf, boolean heldBefore) {
		LocalDate day = totals.date();
		Optional<Total<K>> total = totals.total();
		List<Totals.Unattributed<K>> shared = totals.shared();
		if (total.isEmpty() && shared.isEmpty() && !heldBefore) {
			return null;
		}
		Function<Long, Population> at = totals::population;
		// Derivations come from the model with words, for the places listed only.
		Function<Long, Optional<Population>> explained = siteId -> family.model.at(siteId, cohortId, day);
		List<Explained> parts = total.map(t -> parts(family, t, at, explained)).orElse(List.of());
		List<Explained> sharedParts = new ArrayList<>();
		Set<String> sharedWith = new LinkedHashSet<>();
		Period newest = total.map(Total::newestEvidence).orElse(null);
		boolean conflict = total.map(Total::conflict).orElse(false);
		Set<Long> reportIds = new LinkedHashSet<>(total.map(Total::reportIds).orElse(List.of()));
		Set<Long> movementIds = new LinkedHashSet<>(total.map(Total::movementIds).orElse(List.of()));
		for (Totals.Unattributed<K> part : shared) {
			Population population = at.apply(part.siteId());
			part.candidates().stream().filter(c -> !c.equals(subject)).map(nameOf).forEach(sharedWith::add);
			newest = Period.latest(newest, part.newestEvidence());
			conflict |= population.isConflict();
			reportIds.addAll(population.reportIds());
			movementIds.addAll(population.movementIds());
		}
		// The largest shares, in their order, as for what is held: a holder sharing a hundred groups
		// with others lists five derivations on each date, not a hundred.
		Set<Totals.Unattributed<K>> largest = new HashSet<>(shared.stream()
			.sorted(Comparator.comparing((Totals.Unattributed<K> u) -> u.range().lower(), Comparator.reverseOrder()))
			.limit(PopulationService.PLACES_EXPLAINED)
			.toList());
		for (Totals.Unattributed<K> part : shared) {
			if (largest.contains(part)) {
				Place place = family.picture.places.get(part.siteId());
				Population population = explained.apply(part.siteId()).orElseThrow();
				boolean rest = place.group() && population.notAttributed() != null;
				sharedParts.add(Explained.of(place, population, part.range(), rest));
			}
		}
		Range notAttributed = shared.isEmpty() ? null : Range.sum(shared.stream().map(Totals.Unattributed::range).toList());
		return new TotalsOverTime.TotalPoint(day, total.map(Total::range).orElse(Range.ZERO), notAttributed, conflict,
				newest, List.copyOf(reportIds), List.copyOf(movementIds), parts, sharedParts, List.copyOf(sharedWith));
	}

	/**
	 * How a total adds up place by place: a group stands either for all of it (one holder has it all)
	 * or for the part no site accounts for; whichever adds up to the total is the one the model added.
	 * The largest {@value PopulationService#PLACES_EXPLAINED} are listed, with their derivations.
	 */
	private static List<Explained> parts(Family family, Total<?> total, Function<Long, Population> at,
			Function<Long, Optional<Population>> explained) {
		List<Share> whole = shares(total, at, false);
		List<Share> chosen = Range.sum(whole.stream().map(Share::range).toList()).equals(total.range()) ? whole
				: shares(total, at, true);
		List<Share> sorted = new ArrayList<>(chosen);
		sorted.sort(Comparator.comparing((Share share) -> share.range().lower(), Comparator.reverseOrder()));
		List<Explained> parts = new ArrayList<>();
		for (Share share : sorted.subList(0, Math.min(sorted.size(), PopulationService.PLACES_EXPLAINED))) {
			explained.apply(share.siteId())
				.ifPresent(p -> parts.add(Explained.of(family.picture.places.get(share.siteId()), p, share.range(),
						share.rest())));
		}
		return parts;
	}

	/** One place's share of a total. */
	private record Share(long siteId, Range range, boolean rest) {
	}

	private static List<Share> shares(Total<?> total, Function<Long, Population> at, boolean groupsForTheirRest) {
		List<Share> shares = new ArrayList<>();
		for (Long siteId : total.siteIds()) {
			Population p = at.apply(siteId);
			if (p != null) {
				boolean rest = groupsForTheirRest && p.notAttributed() != null;
				shares.add(new Share(siteId, rest ? p.notAttributed() : p.range(), rest));
			}
		}
		return shares;
	}

	// ---------------------------------------------------------------- the API's timelines

	/** What the API asks for: at most one of facility, holder and country; none for a page of every facility. */
	public record Query(String facility, String holder, String country, String cohort, LocalDate from, LocalDate to,
			int page, int size) {
	}

	/** A page of series and how many there are in all. */
	public record SeriesPage(List<PopulationSeries> series, long total) {
	}

	/**
	 * Population timelines for the API: one statement (the data version with the whole history of the
	 * places asked about) while the picture is current.
	 *
	 * @throws IllegalArgumentException with the reason when a filter names nothing recorded
	 */
	@Transactional(readOnly = true)
	public SeriesPage series(Query query, KnownOn knownOn) {
		try (Admission admission = admit()) {
			return series(query, knownOn, admission);
		}
	}

	private SeriesPage series(Query query, KnownOn knownOn, Admission admission) {
		boolean all = query.facility() == null && query.holder() == null && query.country() == null;
		Family family = family(knownOn, query.facility() == null ? List.of() : List.of(query.facility()),
				query.holder() == null ? "" : query.holder(), query.country() == null ? "" : query.country(), all,
				(long) query.page() * query.size(), query.size(), admission);
		Long cohortId = null;
		if (query.cohort() != null) {
			cohortId = family.picture.cohorts.entrySet()
				.stream()
				.filter(e -> e.getValue()[0].equals(query.cohort()))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No cohort '" + query.cohort() + "' is recorded."));
		}
		List<PopulationSeries> series = new ArrayList<>();
		long total = 1;
		if (query.holder() != null) {
			Long holderId = family.holderIdOf(query.holder());
			if (holderId == null) {
				throw new IllegalArgumentException("No custody holder '" + query.holder() + "' is recorded.");
			}
			TotalsOverTime totals = totalsOverTime(family, query.holder(), family.holder(holderId).name(),
					(model, c, dates, keep) -> model.holderTotalsOver(c, dates, holderId, keep), holderId, family::holderName);
			series.add(fromTotals(PopulationSeries.Kind.HOLDER, totals, query, cohortId));
		}
		else if (query.country() != null) {
			TotalsOverTime totals = totalsOverTime(family, query.country(), countries.name(query.country()),
					(model, c, dates, keep) -> model.countryTotalsOver(c, dates, query.country(), keep), query.country(), countries::name);
			series.add(fromTotals(PopulationSeries.Kind.COUNTRY, totals, query, cohortId));
		}
		else {
			List<Place> places;
			if (query.facility() != null) {
				places = family.picture.places.values().stream().filter(p -> p.slug().equals(query.facility())).toList();
				if (places.isEmpty()) {
					throw new IllegalArgumentException("No facility '" + query.facility() + "' is recorded.");
				}
			}
			else {
				places = family.picture.places.values()
					.stream()
					.skip((long) query.page() * query.size())
					.limit(query.size())
					.toList();
				total = family.picture.places.size();
			}
			for (Place place : places) {
				List<PopulationSeries.CohortSeries> cohorts = new ArrayList<>();
				for (Cohort cohort : family.picture.data.cohorts()) {
					if (cohortId != null && cohort.id() != cohortId) {
						continue;
					}
					List<PopulationSeries.Point> points = family.model.timeline(place.id(), cohort.id())
						.stream()
						.filter(p -> !p.date().isAfter(family.picture.date) && within(p.date(), query))
						.map(p -> new PopulationSeries.Point(p.date(), p.lower(), p.upper(), p.conflict(), null, p.reportIds(),
								p.movementIds()))
						.toList();
					if (!points.isEmpty()) {
						String[] names = family.picture.cohorts.get(cohort.id());
						cohorts.add(new PopulationSeries.CohortSeries(names[0], names[1], points));
					}
				}
				series.add(new PopulationSeries(PopulationSeries.Kind.FACILITY, place.slug(), place.name(), cohorts));
			}
		}
		return new SeriesPage(series, total);
	}

	private static PopulationSeries fromTotals(PopulationSeries.Kind kind, TotalsOverTime totals, Query query,
			Long cohortId) {
		List<PopulationSeries.CohortSeries> cohorts = new ArrayList<>();
		for (TotalsOverTime.CohortTotals c : totals.cohorts()) {
			if (cohortId != null && c.cohortId() != cohortId) {
				continue;
			}
			List<PopulationSeries.Point> points = c.points()
				.stream()
				.filter(p -> within(p.date(), query))
				.map(p -> new PopulationSeries.Point(p.date(), p.held().lower(), p.held().upper(), p.conflict(),
						p.notAttributed(), p.reportIds(), p.movementIds()))
				.toList();
			if (!points.isEmpty()) {
				cohorts.add(new PopulationSeries.CohortSeries(c.slug(), c.name(), points));
			}
		}
		return new PopulationSeries(kind, totals.key(), totals.label(), cohorts);
	}

	private static boolean within(LocalDate date, Query query) {
		return (query.from() == null || !date.isBefore(query.from())) && (query.to() == null || !date.isAfter(query.to()));
	}

	// ---------------------------------------------------------------- routes and the export

	/**
	 * Each route's reconciliation on the known-on date (or today): one statement while the whole
	 * picture is current. Routes run from the country of the site a movement leaves to the country of
	 * the one it reaches, per cohort.
	 */
	@Transactional(readOnly = true)
	public List<RouteFigure> routes(KnownOn knownOn) {
		PopulationService.Picture picture = current(knownOn);
		LocalDate date = picture.date;
		PopulationData data = picture.data;
		// The receiving side as its own reports tell it: the model without any movement.
		PopulationModel reportsOnly = PopulationModel.of(new PopulationData(data.sites(), data.cohorts(), data.holders(),
				data.observations(), List.of(), data.custody()));
		Map<List<Object>, List<Flow>> byRoute = new LinkedHashMap<>();
		for (Flow flow : data.flows()) {
			Place from = flow.fromSiteId() == null ? null : picture.places.get(flow.fromSiteId());
			Place to = flow.toSiteId() == null ? null : picture.places.get(flow.toSiteId());
			if (from == null) {
				continue;
			}
			byRoute.computeIfAbsent(Arrays.asList(from.country(), to == null ? null : to.country(), flow.cohortId()),
					k -> new ArrayList<>()).add(flow);
		}
		List<RouteFigure> routes = new ArrayList<>();
		byRoute.forEach((key, flows) -> {
			long cohortId = (Long) key.get(2);
			List<Flow> completed = flows.stream().filter(f -> f.moves() && !f.effective().first().isAfter(date)).toList();
			List<Flow> pending = flows.stream().filter(f -> f.status() != Flow.Status.COMPLETED).toList();
			Range left = Range.sum(completed.stream().map(Flow::bounds).toList());
			Set<Long> receiving = new LinkedHashSet<>();
			completed.stream().map(Flow::toSiteId).filter(Objects::nonNull).forEach(id -> {
				Place to = picture.places.get(id);
				receiving.add(to.groupId() != null ? to.groupId() : id);
			});
			Range received = null;
			Period receivedAsOf = null;
			for (Long top : receiving) {
				Optional<Population> reported = reportsOnly.at(top, cohortId, date);
				if (reported.isPresent() && !reported.get().reportIds().isEmpty()) {
					received = received == null ? reported.get().range() : received.plus(reported.get().range());
					receivedAsOf = Period.latest(receivedAsOf, reported.get().newestEvidence());
				}
			}
			Range counted = received == null ? Range.ANY : received;
			Range pendingSum = pending.isEmpty() ? null : Range.sum(pending.stream().map(Flow::bounds).toList());
			routes.add(new RouteFigure((String) key.get(0), (String) key.get(1), cohortId,
					picture.cohorts.get(cohortId)[1], left, completed, received, receivedAsOf,
					receiving.stream().map(picture.places::get).toList(), left.minus(counted), counted.minus(left), pending,
					pendingSum));
		});
		return routes;
	}

	/**
	 * Every facility's and group's estimate per cohort on the known-on date (or today), with who held
	 * it then, in facility and cohort order: from the whole picture, one statement while it is current.
	 */
	@Transactional(readOnly = true)
	public List<PlaceEstimate> estimates(KnownOn knownOn) {
		PopulationService.Picture picture = current(knownOn);
		Map<Long, List<CustodySpan>> custody = new HashMap<>();
		picture.data.custody().forEach(s -> custody.computeIfAbsent(s.siteId(), k -> new ArrayList<>()).add(s));
		Map<Long, Holder> holders = new HashMap<>();
		picture.data.holders().forEach(h -> holders.put(h.id(), h));
		// The picture keeps its inputs, not a model: an export builds its own.
		PopulationModel model = PopulationModel.of(picture.data);
		List<PlaceEstimate> rows = new ArrayList<>();
		for (Place place : picture.places.values()) {
			List<CustodySpan> spans = spansOn(custody, place.id(), picture.date);
			if (spans.isEmpty() && place.groupId() != null) {
				spans = spansOn(custody, place.groupId(), picture.date);
			}
			List<Holder> heldBy = spans.stream().map(s -> holders.get(s.holderId())).toList();
			for (Cohort cohort : picture.data.cohorts()) {
				Optional<Population> estimate = model.at(place.id(), cohort.id(), picture.date);
				if (estimate.isEmpty()) {
					continue;
				}
				Population p = estimate.get();
				String[] names = picture.cohorts.get(cohort.id());
				rows.add(new PlaceEstimate(place, names[0], names[1], picture.date, p.range(), p.notAttributed(),
						p.isConflict(), p.newestEvidence(),
						heldBy.stream().map(h -> picture.holderSlugs.get(h.id())).toList(),
						heldBy.stream().map(Holder::name).toList(), heldBy.stream().map(Holder::country).toList(),
						p.reportIds(), p.movementIds()));
			}
		}
		return rows;
	}

	private static List<CustodySpan> spansOn(Map<Long, List<CustodySpan>> custody, long siteId, LocalDate date) {
		return custody.getOrDefault(siteId, List.of()).stream().filter(s -> s.covers(date)).toList();
	}

	private PopulationService.Picture current(KnownOn knownOn) {
		long version = jdbc.sql("select version from data_version").query(Long.class).single();
		return service.picture(knownOn, version, -1, -1);
	}

	// ---------------------------------------------------------------- a family of places and its whole history

	/**
	 * The places some facilities, a holder or a country bear on, with their whole history of reports:
	 * the facilities named (by slug), those the holder held or that lie in or are held from the
	 * country, or a page of all facilities in id order; each with its group and the group's sites.
	 * One row per report, and one per place without any, each with the data version.
	 */
	static final String FAMILY_HISTORY_SQL = "with counted as (" + PopulationService.COUNTED + """
			), held as (
			    select f.id from facility f where f.slug in (:slugs) or f.country_code = :country
			    union
			    select cp.facility_id from custody_period cp join source s on s.id = cp.source_id
			    join custody_holder h on h.id = cp.holder_id
			    where source_known_on(s.known_from, :knownOn) and (h.slug = :holder or h.country_code = :country)
			    union
			    (select f.id from facility f where :all order by f.id limit :limit offset :offset)
			), family as (
			    select id from held
			    union select f.parent_id from facility f join held using (id) where f.parent_id is not null
			    union select f.id from facility f join held on f.parent_id = held.id
			    union select sib.id from facility sib join facility f on f.parent_id = sib.parent_id join held on held.id = f.id
			)
			select v.version, fam.id as family_id, k.*
			from data_version v
			left join (family fam left join counted k on k.facility_id = fam.id) on true
			order by k.as_of, k.id""";

	private static final int FAMILY_FETCH_SIZE = 5_000;

	private Family family(KnownOn knownOn, List<String> slugs, String holder, String country, boolean all, long offset,
			int limit, Admission admission) {
		LocalDate date = PopulationService.dayOf(knownOn);
		List<Long> version = new ArrayList<>();
		Set<Long> members = new LinkedHashSet<>();
		List<Observation> history = new ArrayList<>();
		Canonical canonical = new Canonical();
		// Read in batches: the driver otherwise holds every row of a million-report family at once
		// (360 MB for a country) before the first is read. Every caller is in a transaction, which
		// the driver needs for this.
		jdbc.sql(FAMILY_HISTORY_SQL)
			.withFetchSize(FAMILY_FETCH_SIZE)
			.param("slugs", slugs.isEmpty() ? List.of("") : slugs)
			.param("holder", holder)
			.param("country", country)
			.param("all", all)
			.param("limit", limit)
			.param("offset", offset)
			.param("knownOn", knownOn.latestKnownFrom())
			.param("date", date)
			.query((ResultSet row) -> {
				if (version.isEmpty()) {
					version.add(row.getLong("version"));
				}
				Object member = row.getObject("family_id");
				if (member != null) {
					members.add(((Number) member).longValue());
				}
				if (row.getObject("id") != null) {
					history.add(canonical.of(service.observation(row)));
				}
			});
		admission.keep(history.size());
		return new Family(service.picture(knownOn, version.get(0), -1, -1), members, history);
	}

	/**
	 * One copy of each value a family's reports repeat: dates, bounds, words and sources. A country's
	 * family at a million figures is nearly every report, and each with its own copies came to
	 * about 280 bytes, more than a 512 MB heap could hold beside the rest.
	 */
	private static final class Canonical {

		private final Map<Object, Object> values = new HashMap<>();

		Observation of(Observation o) {
			return new Observation(o.id(), o.siteId(), o.cohortId(), one(o.asOf()), one(o.bounds()), o.approximate(),
					o.sourceRoot(), one(o.words()), one(o.source()));
		}

		@SuppressWarnings("unchecked")
		private <T> T one(T value) {
			return value == null ? null : (T) values.computeIfAbsent(value, v -> v);
		}

	}

	/** A family of places with its whole history, and the model that reads it. */
	private static final class Family {

		final PopulationService.Picture picture;

		final PopulationModel model;

		private PopulationModel ranges;

		private PopulationModel traced;

		final List<CustodySpan> custody;

		final Set<Long> members;

		final List<Observation> observations;

		final List<Flow> flows;

		Family(PopulationService.Picture picture, Set<Long> members, List<Observation> history) {
			this.picture = picture;
			this.members = members;
			this.observations = history;
			Map<Long, Flow> flows = new LinkedHashMap<>();
			members.forEach(id -> picture.flowsTouching.getOrDefault(id, List.of()).forEach(f -> flows.putIfAbsent(f.id(), f)));
			this.flows = List.copyOf(flows.values());
			List<Site> sites = new ArrayList<>();
			Set<Long> shown = new LinkedHashSet<>();
			for (Long id : members) {
				Place p = picture.places.get(id);
				sites.add(new Site(id, p.name(), members.contains(p.groupId()) ? p.groupId() : null, p.country()));
				shown.add(id);
			}
			for (Flow flow : this.flows) {
				for (Long end : Arrays.asList(flow.fromSiteId(), flow.toSiteId())) {
					if (end != null && shown.add(end)) {
						Place p = picture.places.get(end);
						// Outside the family: what it holds does not bear on these totals.
						sites.add(new Site(end, p.name(), null, p.country()));
					}
				}
			}
			this.custody = picture.data.custody().stream().filter(span -> members.contains(span.siteId())).toList();
			this.model = PopulationModel.overTime(new PopulationData(sites, picture.data.cohorts(), picture.data.holders(),
					history, this.flows, custody));
		}

		/** A model for the numbers of totals over time: no words, no ids. */
		PopulationModel ranges() {
			if (ranges == null) {
				ranges = PopulationModel.forTotals(model, false);
			}
			return ranges;
		}

		/** A model for the dates totals over time list: no words, with the ids each number rests on. */
		PopulationModel traced() {
			if (traced == null) {
				traced = PopulationModel.forTotals(model, true);
			}
			return traced;
		}

		/** Dates where the family's evidence of a cohort (or a cohort it nests with) may change a total. */
		Set<LocalDate> evidenceDates(long cohortId) {
			// The cohorts nesting with this one, worked out once, not once a report (a million).
			Set<Long> nesting = new HashSet<>();
			picture.data.cohorts().stream().map(Cohort::id).filter(id -> related(id, cohortId)).forEach(nesting::add);
			Set<LocalDate> dates = new TreeSet<>();
			observations.stream()
				.filter(o -> nesting.contains(o.cohortId()))
				.forEach(o -> dates.add(o.asOf().first()));
			flows.stream()
				.filter(f -> f.moves() && nesting.contains(f.cohortId()))
				.forEach(f -> dates.add(f.effective().first()));
			return dates;
		}

		private boolean related(long a, long b) {
			return within(a, b) || within(b, a);
		}

		private boolean within(long cohortId, long ancestorId) {
			Map<Long, Long> parents = new HashMap<>();
			picture.data.cohorts().forEach(c -> parents.put(c.id(), c.parentId()));
			Long current = cohortId;
			Set<Long> seen = new HashSet<>();
			while (current != null && seen.add(current)) {
				if (current == ancestorId) {
					return true;
				}
				current = parents.get(current);
			}
			return false;
		}

		Long holderIdOf(String slug) {
			return picture.holderSlugs.entrySet()
				.stream()
				.filter(e -> e.getValue().equals(slug))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(null);
		}

		Holder holder(long id) {
			return picture.data.holders().stream().filter(h -> h.id() == id).findFirst().orElseThrow();
		}

		String holderName(Long id) {
			return holder(id).name();
		}

		/** Who took over which of the family's places when, oldest first. */
		List<TotalsOverTime.CustodyChange> changes() {
			// Each span's predecessor is the span of the same place ending the day it starts: looked
			// up by place, not by reading every span for each (ten thousand for a country).
			Map<Long, List<CustodySpan>> byPlace = new HashMap<>();
			custody.forEach(span -> byPlace.computeIfAbsent(span.siteId(), k -> new ArrayList<>()).add(span));
			List<TotalsOverTime.CustodyChange> changes = new ArrayList<>();
			for (CustodySpan span : custody) {
				if (span.from() == null || span.from().isAfter(picture.date)) {
					continue;
				}
				Optional<CustodySpan> before = byPlace.get(span.siteId())
					.stream()
					.filter(s -> s != span && span.from().equals(s.to()))
					.findFirst();
				Holder to = holder(span.holderId());
				Holder from = before.map(s -> holder(s.holderId())).orElse(null);
				changes.add(new TotalsOverTime.CustodyChange(span.from(), picture.places.get(span.siteId()),
						from == null ? null : from.name(), from == null ? null : picture.holderSlugs.get(from.id()),
						from == null ? null : from.country(), to.name(), picture.holderSlugs.get(to.id()), to.country()));
			}
			changes.sort(Comparator.comparing(TotalsOverTime.CustodyChange::date));
			return changes;
		}

	}

}
