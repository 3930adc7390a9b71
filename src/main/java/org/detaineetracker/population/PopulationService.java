package org.detaineetracker.population;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.kernel.Audience;
import org.detaineetracker.kernel.Countries;
import org.detaineetracker.kernel.DateFormats;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.FigureWords;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.kernel.Qualifier;
import org.detaineetracker.kernel.VersionedCache;

/**
 * Reads the stored records into the {@link PopulationModel} as known on a date, and answers the two
 * questions pages ask of it: the whole picture ({@link #overview}) and one facility
 * ({@link #facility}).
 * <p>
 * The whole picture is computed once per data version (bumped by a trigger on every write, V43) and
 * date, and kept in memory: a request that finds it current issues one statement. It never loads
 * every figure: for each facility and cohort the database picks the reports the model needs from
 * the latest window of reports and from the window before it (the one the latest is compared with),
 * and of each window only the reports that decide its reading: those with the highest lower bound,
 * the lowest upper bound, the lowest lower and the highest upper (the estimate is where all reports
 * meet, and for a conflict their whole spread, so these say the same as all of them). Older windows are left
 * out of the whole picture; a facility's own page reads its whole history.
 * <p>
 * Movements are read whole (a hundred thousand are a few megabytes), each with its reports read
 * together ({@link Movements#reconcile}), so one transfer told by two outlets is moved once.
 */
@Service
public class PopulationService {

	/** How many places a total explains; the rest are counted. */
	public static final int PLACES_EXPLAINED = 5;

	static final int RECENT_CHANGES = 10;

	public static final int CONFLICTS_LISTED = 25;

	private static final int KEPT_DATES = 8;

	/** Facility pages kept per picture: a few hundred small results, the pages people are reading. */
	private static final int KEPT_FACILITIES = 256;

	private final JdbcClient jdbc;

	private final FigureWords figureWords;

	private final DateFormats dates;

	private final Countries countries;

	private final VersionedCache<Key, Picture> pictures = new VersionedCache<>(KEPT_DATES);

	PopulationService(JdbcClient jdbc, FigureWords figureWords, DateFormats dates, Countries countries) {
		this.jdbc = jdbc;
		this.figureWords = figureWords;
		this.dates = dates;
		this.countries = countries;
	}

	/** The day populations are asked for: the known-on date, or today (UTC). */
	public static LocalDate dayOf(KnownOn knownOn) {
		return knownOn.isActive() ? knownOn.date() : LocalDate.now(ZoneOffset.UTC);
	}

	/** The whole picture on the known-on date (or today): one statement while it is current. */
	@Transactional(readOnly = true)
	public Overview overview(KnownOn knownOn) {
		record Version(long version, long facilities, long groups) {
		}
		Version current = jdbc.sql("""
				select version, (select count(*) from facility) as facilities,
				       (select count(*) from facility where kind = 'GROUP') as groups
				from data_version""").query(Version.class).single();
		return picture(knownOn, current.version(), current.facilities(), current.groups()).overview;
	}

	/**
	 * One facility's population per cohort, with its derivation, its timeline and the movements
	 * pending: one statement (the facility's and its group's whole history of reports, with the data
	 * version) while the whole picture is current, whatever the number of figures and movements.
	 */
	@Transactional(readOnly = true)
	public FacilityPopulation facility(long facilityId, KnownOn knownOn) {
		LocalDate date = dayOf(knownOn);
		List<Long> version = new ArrayList<>();
		List<Observation> history = new ArrayList<>();
		jdbc.sql(HISTORY_SQL)
			.param("facility", facilityId)
			.param("knownOn", knownOn.latestKnownFrom())
			.param("date", date)
			.query((ResultSet row) -> {
				if (version.isEmpty()) {
					version.add(row.getLong("version"));
				}
				if (row.getObject("id") != null) {
					history.add(observation(row));
				}
			});
		Picture picture = picture(knownOn, version.get(0), -1, -1);
		// The same data version and date give the same history: a facility worked out once is kept
		// with the picture it was read against, and goes with it at the next write.
		FacilityPopulation kept = picture.facilityPages.get(facilityId);
		if (kept == null) {
			kept = picture.facility(facilityId, history);
			picture.facilityPages.put(facilityId, kept);
		}
		return kept;
	}

	/**
	 * Every site's population per cohort on the known-on date (or today), and who held each site:
	 * worked out once per picture, so one statement while the data is unchanged.
	 */
	@Transactional(readOnly = true)
	public SitesOnDate sites(KnownOn knownOn) {
		long version = jdbc.sql("select version from data_version").query(Long.class).single();
		Picture picture = picture(knownOn, version, -1, -1);
		return new SitesOnDate(picture.sites(), picture.heldBy());
	}

	/**
	 * {@link #sites} by site id, for a page that shows a few of them (the facilities index): grouped
	 * once per picture, not on every request.
	 */
	public Map<Long, List<SitePopulation>> sitesByPlace(KnownOn knownOn) {
		return sitesByPlace(knownOn, jdbc.sql("select version from data_version").query(Long.class).single());
	}

	/** The same, at a data version the caller has read. */
	public Map<Long, List<SitePopulation>> sitesByPlace(KnownOn knownOn, long version) {
		return picture(knownOn, version, -1, -1).sitesByPlace();
	}

	Picture picture(KnownOn knownOn, long version, long facilities, long groups) {
		LocalDate date = dayOf(knownOn);
		return pictures.get(new Key(knownOn.latestKnownFrom(), date, Audience.current()), version, () -> {
			long facilityCount = facilities;
			long groupCount = groups;
			if (facilityCount < 0) {
				record Counts(long facilities, long groups) {
				}
				Counts counts = jdbc.sql("""
						select (select count(*) from facility) as facilities,
						       (select count(*) from facility where kind = 'GROUP') as groups""").query(Counts.class).single();
				facilityCount = counts.facilities();
				groupCount = counts.groups();
			}
			return compute(knownOn, date, version, facilityCount, groupCount);
		});
	}

	/** A picture read by a public reader leaves internal records out, so it is kept apart. */
	private record Key(LocalDate knownFrom, LocalDate date, Audience audience) {
	}

	// ---------------------------------------------------------------- reading the records

	private Picture compute(KnownOn knownOn, LocalDate date, long version, long facilities, long groups) {
		Map<Long, Place> places = new LinkedHashMap<>();
		jdbc.sql("select id, slug, name, parent_id, country_code, kind from facility order by id")
			.query((ResultSet row) -> {
				long id = row.getLong("id");
				places.put(id, new Place(id, row.getString("slug"), row.getString("name"),
						(Long) row.getObject("parent_id"), row.getString("country_code"), "GROUP".equals(row.getString("kind"))));
			});
		Map<Long, String[]> cohortNames = new LinkedHashMap<>();
		List<Cohort> cohorts = new ArrayList<>();
		jdbc.sql("select id, slug, name, parent_id from cohort order by id").query((ResultSet row) -> {
			cohorts.add(new Cohort(row.getLong("id"), row.getString("name"), (Long) row.getObject("parent_id")));
			cohortNames.put(row.getLong("id"), new String[] { row.getString("slug"), row.getString("name") });
		});
		Map<Long, String> holderSlugs = new HashMap<>();
		List<Holder> holders = new ArrayList<>();
		jdbc.sql("select id, slug, name, country_code from custody_holder order by id").query((ResultSet row) -> {
			String country = row.getString("country_code");
			holders.add(new Holder(row.getLong("id"), row.getString("name"), country == null ? "" : country));
			holderSlugs.put(row.getLong("id"), row.getString("slug"));
		});
		List<CustodySpan> custody = new ArrayList<>();
		jdbc.sql("""
				select cp.facility_id, cp.holder_id, cp.started_on, cp.started_precision, cp.ended_on, cp.ended_precision
				from custody_period cp join source s on s.id = cp.source_id
				where source_known_on(s.known_from, :knownOn)
				order by cp.id""").param("knownOn", knownOn.latestKnownFrom()).query((ResultSet row) -> {
			PartialDate from = partial(row, "started_on", "started_precision");
			PartialDate to = partial(row, "ended_on", "ended_precision");
			custody.add(new CustodySpan(row.getLong("facility_id"), row.getLong("holder_id"),
					from == null ? null : from.date(), to == null ? null : to.date()));
		});
		List<Observation> observations = new ArrayList<>();
		jdbc.sql(DECIDING_REPORTS_SQL)
			.param("knownOn", knownOn.latestKnownFrom())
			.param("date", date)
			.param("window", PopulationModel.WINDOW_DAYS)
			.query((ResultSet row) -> {
				observations.add(observation(row));
			});
		List<Flow> flows = flows(knownOn);
		List<Site> sites = places.values()
			.stream()
			.map(p -> new Site(p.id(), p.name(), p.groupId(), p.country()))
			.toList();
		PopulationData data = new PopulationData(sites, cohorts, holders, observations, flows, custody);
		Picture picture = new Picture(version, date, facilities, groups, data, places, cohortNames, holderSlugs);
		picture.overview = picture.summarise(recent(knownOn, places, cohortNames));
		return picture;
	}

	/** The figure in its source's own words where they were kept ("6,000 or so"), else the usual phrase. */
	private String written(ResultSet row, Qualifier qualifier, int value, Integer high) throws SQLException {
		String words = row.getString("value_words");
		return words != null ? words : figureWords.words(qualifier, value, high);
	}

	Observation observation(ResultSet row) throws SQLException {
		Qualifier qualifier = Qualifier.valueOf(row.getString("qualifier"));
		Integer high = (Integer) row.getObject("value_high");
		int value = row.getInt("value");
		Integer upper = (Integer) row.getObject("upper_bound");
		Range bounds = new Range(row.getInt("lower_bound"), upper == null ? null : upper.longValue());
		return new Observation(row.getLong("id"), row.getLong("facility_id"), row.getLong("cohort_id"),
				period(partial(row, "as_of", "as_of_precision")), bounds, qualifier.isApproximate(), row.getLong("root_id"),
				written(row, qualifier, value, high), row.getString("speaker"));
	}

	/**
	 * Every movement known on the date (its record's source known by then), with its reports known by
	 * then read together ({@link Movements#reconcile}): one transfer told by two outlets is one flow.
	 */
	private List<Flow> flows(KnownOn knownOn) {
		record Event(long id, String kind, long from, Long to, long cohort, PartialDate started, PartialDate ended,
				String status) {
		}
		Map<Long, Event> events = new LinkedHashMap<>();
		Map<Long, List<MovementReport>> reports = new HashMap<>();
		jdbc.sql("""
				select m.id, m.kind, m.from_facility_id, m.to_facility_id, m.cohort_id, m.started_on, m.started_precision,
				       m.ended_on, m.ended_precision, m.status,
				       r.id as report_id, r.value, r.qualifier, r.value_high, r.lower_bound, r.upper_bound, r.tally,
				       rs.root_id, r.speaker
				from movement m
				join source s on s.id = m.source_id
				join movement_report r on r.movement_id = m.id
				join source rs on rs.id = r.source_id
				where source_known_on(s.known_from, :knownOn) and source_known_on(rs.known_from, :knownOn)
				order by m.id, r.id""").param("knownOn", knownOn.latestKnownFrom()).query((ResultSet row) -> {
			long id = row.getLong("id");
			if (!events.containsKey(id)) {
				events.put(id, new Event(id, row.getString("kind"), row.getLong("from_facility_id"),
						(Long) row.getObject("to_facility_id"), row.getLong("cohort_id"),
						partial(row, "started_on", "started_precision"), partial(row, "ended_on", "ended_precision"),
						row.getString("status")));
			}
			Qualifier qualifier = Qualifier.valueOf(row.getString("qualifier"));
			Integer upper = (Integer) row.getObject("upper_bound");
			reports.computeIfAbsent(id, k -> new ArrayList<>())
				.add(new MovementReport(row.getLong("report_id"),
						new Range(row.getInt("lower_bound"), upper == null ? null : upper.longValue()), qualifier.isApproximate(),
						MovementReport.Tally.valueOf(row.getString("tally")), row.getLong("root_id"),
						figureWords.words(qualifier, row.getInt("value"), (Integer) row.getObject("value_high")),
						row.getString("speaker")));
		});
		List<Flow> flows = new ArrayList<>(events.size());
		for (Event event : events.values()) {
			List<MovementReport> told = reports.get(event.id());
			MovementReconciliation reconciled = Movements.reconcile(told);
			String words = String.join(" or ", new LinkedHashSet<>(told.stream().map(MovementReport::words).toList()));
			flows.add(new Flow(event.id(), event.from(), event.to(), event.cohort(), period(event.started()),
					period(event.ended()), Flow.Status.valueOf(event.status()), Flow.Kind.valueOf(event.kind()),
					reconciled.span(), words));
		}
		return flows;
	}

	/** The most recent figures and movements known on the date, newest first. */
	private List<Overview.Change> recent(KnownOn knownOn, Map<Long, Place> places, Map<Long, String[]> cohorts) {
		List<Overview.Change> changes = new ArrayList<>();
		jdbc.sql(RECENT_SQL)
			.param("knownOn", knownOn.latestKnownFrom())
			.param("limit", RECENT_CHANGES)
			.query((ResultSet row) -> {
				PartialDate when = partial(row, "as_of", "as_of_precision");
				Qualifier qualifier = Qualifier.valueOf(row.getString("qualifier"));
				boolean report = "REPORT".equals(row.getString("kind"));
				changes.add(new Overview.Change(report ? Step.Kind.REPORT : Step.Kind.MOVEMENT, row.getLong("id"),
						when.date(), dates.format(when), places.get(row.getLong("facility_id")),
						places.get((Long) row.getObject("to_facility_id")), cohorts.get(row.getLong("cohort_id"))[1],
						written(row, qualifier, row.getInt("value"), (Integer) row.getObject("value_high")),
						row.getString("speaker"), row.getLong("source_id"), row.getString("outlet"),
						row.getString("status")));
			});
		return changes;
	}

	private static PartialDate partial(ResultSet row, String date, String precision) throws SQLException {
		LocalDate day = row.getObject(date, LocalDate.class);
		String p = row.getString(precision);
		if (day == null || p == null) {
			return null;
		}
		DatePrecision datePrecision = DatePrecision.valueOf(p);
		return new PartialDate(datePrecision.truncate(day), datePrecision);
	}

	private static Period period(PartialDate date) {
		return date == null ? null : new Period(date.date(), date.lastDay());
	}

	// ---------------------------------------------------------------- the picture and its summaries

	/** The model of one date with the names pages show, and its summary. */
	final class Picture {

		final long version;

		final LocalDate date;

		final long facilities;

		final long groups;

		final PopulationData data;

		final Map<Long, Place> places;

		final Map<Long, String[]> cohorts;

		final Map<Long, String> holderSlugs;

		final Map<Long, List<Observation>> reportsAt = new HashMap<>();

		final Map<Long, List<Flow>> flowsTouching = new HashMap<>();

		Overview overview;

		private volatile List<SitePopulation> sites;

		private volatile Map<Long, List<SitePopulation>> sitesByPlace;

		private volatile Map<Long, SitesOnDate.HeldBy> heldBy;

		/** Facility populations already worked out on this picture, the most recently used kept. */
		final Map<Long, FacilityPopulation> facilityPages = java.util.Collections.synchronizedMap(
				new LinkedHashMap<>(64, 0.75f, true) {
					@Override
					protected boolean removeEldestEntry(Map.Entry<Long, FacilityPopulation> eldest) {
						return size() > KEPT_FACILITIES;
					}
				});

		Picture(long version, LocalDate date, long facilities, long groups, PopulationData data, Map<Long, Place> places,
				Map<Long, String[]> cohorts, Map<Long, String> holderSlugs) {
			this.version = version;
			this.date = date;
			this.facilities = facilities;
			this.groups = groups;
			this.data = data;
			this.places = places;
			this.cohorts = cohorts;
			this.holderSlugs = holderSlugs;
			data.observations().forEach(o -> reportsAt.computeIfAbsent(o.siteId(), k -> new ArrayList<>()).add(o));
			for (Flow flow : data.flows()) {
				flowsTouching.computeIfAbsent(flow.fromSiteId(), k -> new ArrayList<>()).add(flow);
				if (flow.toSiteId() != null) {
					flowsTouching.computeIfAbsent(flow.toSiteId(), k -> new ArrayList<>()).add(flow);
				}
			}
		}

		Map<Long, List<SitePopulation>> sitesByPlace() {
			Map<Long, List<SitePopulation>> kept = sitesByPlace;
			if (kept == null) {
				kept = java.util.Collections.unmodifiableMap(sites().stream()
					.collect(java.util.stream.Collectors.groupingBy(site -> site.place().id())));
				sitesByPlace = kept;
			}
			return kept;
		}

		/** Who held each site on the date, by the custody periods covering it; worked out on first use. */
		Map<Long, SitesOnDate.HeldBy> heldBy() {
			Map<Long, SitesOnDate.HeldBy> kept = heldBy;
			if (kept != null) {
				return kept;
			}
			Map<Long, Holder> holders = new HashMap<>();
			data.holders().forEach(h -> holders.put(h.id(), h));
			Map<Long, SitesOnDate.HeldBy> found = new HashMap<>();
			for (CustodySpan span : data.custody()) {
				boolean covers = (span.from() == null || !span.from().isAfter(date)) && (span.to() == null || !span.to().isBefore(date));
				Holder holder = holders.get(span.holderId());
				if (covers && holder != null) {
					found.put(span.siteId(), new SitesOnDate.HeldBy(holderSlugs.get(holder.id()), holder.name()));
				}
			}
			heldBy = Map.copyOf(found);
			return heldBy;
		}

		/** Each site's population per cohort on the date; worked out on first use. */
		List<SitePopulation> sites() {
			List<SitePopulation> kept = sites;
			if (kept != null) {
				return kept;
			}
			PopulationModel model = PopulationModel.of(data);
			List<SitePopulation> found = new ArrayList<>();
			for (Place place : places.values()) {
				if (place.group()) {
					continue;
				}
				for (Cohort cohort : data.cohorts()) {
					model.at(place.id(), cohort.id(), date)
						.ifPresent(p -> found.add(new SitePopulation(place, cohorts.get(cohort.id())[0], cohort.name(), p.range(),
								p.newestEvidence(), p.isConflict())));
				}
			}
			sites = List.copyOf(found);
			return sites;
		}

		/**
		 * The whole picture's summary. The model (with every group's picture it worked out) is
		 * dropped afterwards: only the inputs are kept, for facility pages.
		 */
		Overview summarise(List<Overview.Change> recent) {
			PopulationModel model = PopulationModel.of(data);
			Map<Long, String> holderNames = new HashMap<>();
			data.holders().forEach(h -> holderNames.put(h.id(), h.name()));
			List<Overview.CohortPicture> pictures = new ArrayList<>();
			List<Overview.PlaceConflict> conflicts = new ArrayList<>();
			Map<List<Long>, Optional<Population>> populations = new HashMap<>();
			Function<List<Long>, Optional<Population>> at = k -> populations.computeIfAbsent(k,
					x -> model.at(x.get(0), x.get(1), date));
			for (Cohort cohort : data.cohorts()) {
				Totals<Long> byHolder = model.holderTotals(cohort.id(), date);
				Totals<String> byCountry = model.countryTotals(cohort.id(), date);
				List<Headline> holders = byHolder.totals()
					.values()
					.stream()
					.map(t -> headline(holderSlugs.get(t.key()), holderNames.get(t.key()), t, cohort.id(), at))
					.sorted(LARGEST_FIRST)
					.toList();
				List<Headline> countriesHeld = byCountry.totals()
					.values()
					.stream()
					.map(t -> headline(t.key(), t.key().isEmpty() ? "" : countries.name(t.key()), t, cohort.id(), at))
					.sorted(LARGEST_FIRST)
					.toList();
				// The largest places not attributed are explained; the rest are added up in one line.
				List<Totals.Unattributed<Long>> rest = byHolder.notAttributed()
					.stream()
					.sorted(Comparator.comparing((Totals.Unattributed<Long> u) -> u.range().upper() == null ? Long.MAX_VALUE
							: u.range().upper(), Comparator.reverseOrder()).thenComparing(u -> u.range().lower(), Comparator.reverseOrder()))
					.toList();
				List<Headline> unattributed = rest.stream()
					.limit(PLACES_EXPLAINED)
					.map(u -> unattributed(u, cohort.id(), holderNames, at))
					.toList();
				Range notListed = Range.sum(rest.stream().skip(PLACES_EXPLAINED).map(Totals.Unattributed::range).toList());
				String partOf = cohort.parentId() == null ? null : cohorts.get(cohort.parentId())[1];
				pictures.add(new Overview.CohortPicture(cohort.id(), cohorts.get(cohort.id())[0], cohort.name(), partOf, holders,
						countriesHeld, unattributed, Math.max(0, rest.size() - PLACES_EXPLAINED), notListed));
				for (Place top : places.values()) {
					if (top.groupId() == null) {
						at.apply(List.of(top.id(), cohort.id()))
							.filter(Population::isConflict)
							.ifPresent(p -> conflicts.add(new Overview.PlaceConflict(top, cohort.name(), p.range(),
									p.newestEvidence(),
									p.conflicts().subList(0, Math.min(p.conflicts().size(), Explained.CONFLICTS_NAMED)),
									p.conflicts().size())));
					}
				}
			}
			conflicts.sort(Comparator.comparing(Overview.PlaceConflict::newestEvidence, Comparator.reverseOrder())
				.thenComparing(c -> c.place().name()));
			return new Overview(version, date, facilities - groups, groups, pictures, recent,
					conflicts.stream().limit(CONFLICTS_LISTED).toList(), conflicts.size());
		}

		private Headline headline(String key, String label, Total<?> total, long cohortId,
				Function<List<Long>, Optional<Population>> at) {
			// A group stands either for all of it (one holder has it all) or for the part no site
			// accounts for; whichever adds up to the total is the one the model added.
			List<Explained> parts = parts(total, cohortId, at, false);
			if (!Range.sum(parts.stream().map(Explained::range).toList()).equals(total.range())) {
				parts = parts(total, cohortId, at, true);
			}
			parts.sort(Comparator.comparing((Explained e) -> e.range().lower(), Comparator.reverseOrder()));
			return new Headline(key, label, total.range(), total.newestEvidence(), total.conflict(), List.of(),
					parts.stream().limit(PLACES_EXPLAINED).toList(), total.siteIds().size());
		}

		private List<Explained> parts(Total<?> total, long cohortId, Function<List<Long>, Optional<Population>> at,
				boolean groupsForTheirRest) {
			List<Explained> parts = new ArrayList<>();
			for (Long siteId : total.siteIds()) {
				Place place = places.get(siteId);
				at.apply(List.of(siteId, cohortId)).ifPresent(p -> {
					boolean rest = groupsForTheirRest && p.notAttributed() != null;
					parts.add(Explained.of(place, p, rest ? p.notAttributed() : p.range(), rest));
				});
			}
			return parts;
		}

		private Headline unattributed(Totals.Unattributed<Long> part, long cohortId, Map<Long, String> holderNames,
				Function<List<Long>, Optional<Population>> at) {
			Place place = places.get(part.siteId());
			Population population = at.apply(List.of(part.siteId(), cohortId)).orElseThrow();
			boolean rest = place.group() && population.notAttributed() != null;
			return new Headline(null, place.name(), part.range(), part.newestEvidence(), population.isConflict(),
					part.candidates().stream().map(holderNames::get).toList(),
					List.of(Explained.of(place, population, part.range(), rest)), 1);
		}

		FacilityPopulation facility(long facilityId, List<Observation> history) {
			Place facility = places.get(facilityId);
			if (facility == null) {
				return new FacilityPopulation(facilityId, date, List.of(), Map.of());
			}
			// The family: the facility, its group and the group's sites, whose numbers bound each other.
			Long groupId = facility.groupId() != null ? facility.groupId() : facilityId;
			Set<Long> family = new LinkedHashSet<>();
			family.add(facilityId);
			family.add(groupId);
			places.values().stream().filter(p -> groupId.equals(p.groupId())).forEach(p -> family.add(p.id()));
			Set<Long> withHistory = new HashSet<>();
			history.forEach(o -> withHistory.add(o.siteId()));
			List<Observation> observations = new ArrayList<>(history);
			for (Long id : family) {
				if (!withHistory.contains(id)) {
					observations.addAll(reportsAt.getOrDefault(id, List.of()));
				}
			}
			Map<Long, Flow> flows = new LinkedHashMap<>();
			family.forEach(id -> flowsTouching.getOrDefault(id, List.of()).forEach(f -> flows.putIfAbsent(f.id(), f)));
			Map<Long, Place> shown = new LinkedHashMap<>();
			List<Site> sites = new ArrayList<>();
			for (Long id : family) {
				Place p = places.get(id);
				shown.put(id, p);
				sites.add(new Site(id, p.name(), family.contains(p.groupId()) ? p.groupId() : null, p.country()));
			}
			for (Flow flow : flows.values()) {
				for (Long end : java.util.Arrays.asList(flow.fromSiteId(), flow.toSiteId())) {
					if (end != null && !shown.containsKey(end)) {
						Place p = places.get(end);
						shown.put(end, p);
						// Outside the family: its own group does not bear on this page.
						sites.add(new Site(end, p.name(), null, p.country()));
					}
				}
			}
			List<CustodySpan> custody = data.custody().stream().filter(span -> family.contains(span.siteId())).toList();
			PopulationModel familyModel = PopulationModel.of(new PopulationData(sites, data.cohorts(), data.holders(),
					observations, List.copyOf(flows.values()), custody));
			List<FacilityPopulation.CohortPopulation> result = new ArrayList<>();
			for (Cohort cohort : data.cohorts()) {
				Optional<Population> now = familyModel.at(facilityId, cohort.id(), date);
				if (now.isEmpty()) {
					continue;
				}
				Population population = now.get();
				result.add(new FacilityPopulation.CohortPopulation(cohort.id(), cohorts.get(cohort.id())[0], cohort.name(),
						population, Explained.of(facility, population, population.range(), false),
						timeline(familyModel, facilityId, groupId, cohort.id(), observations, flows.values(), date)));
			}
			return new FacilityPopulation(facilityId, date, result, shown);
		}

	}

	/**
	 * The estimate at each date where the facility's own evidence (its and its group's reports, the
	 * movements that name either) may change it, up to the date shown. Its sibling sites' reports
	 * bound it too, but their dates are left out: a group of a hundred sites would otherwise put
	 * every sibling's report on this facility's chart (and work out the group at each). A group's
	 * chart has every date its sites' evidence changes it.
	 */
	private static List<TimelinePoint> timeline(PopulationModel model, long facilityId, long groupId, long cohortId,
			List<Observation> observations, java.util.Collection<Flow> flows, LocalDate until) {
		if (facilityId == groupId) {
			// A group (or a facility on its own) changes with everything in it.
			return model.timeline(facilityId, cohortId).stream().filter(p -> !p.date().isAfter(until)).toList();
		}
		java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();
		observations.stream()
			.filter(o -> o.siteId() == facilityId || o.siteId() == groupId)
			.forEach(o -> dates.add(o.asOf().first()));
		flows.stream()
			.filter(Flow::moves)
			.filter(f -> java.util.Objects.equals(f.fromSiteId(), facilityId) || java.util.Objects.equals(f.toSiteId(), facilityId)
					|| java.util.Objects.equals(f.fromSiteId(), groupId) || java.util.Objects.equals(f.toSiteId(), groupId))
			.forEach(f -> dates.add(f.effective().first()));
		List<TimelinePoint> points = new ArrayList<>();
		for (LocalDate day : dates.headSet(until, true)) {
			model.at(facilityId, cohortId, day).ifPresent(p -> points.add(new TimelinePoint(day, p.range().lower(),
					p.range().upper(), p.isConflict(), p.reportIds(), p.movementIds())));
		}
		return points;
	}

	private static final Comparator<Headline> LARGEST_FIRST = Comparator
		.comparing((Headline h) -> h.range().upper() == null ? Long.MAX_VALUE : h.range().upper(), Comparator.reverseOrder())
		.thenComparing(h -> h.range().lower(), Comparator.reverseOrder())
		.thenComparing(Headline::label);

	// ---------------------------------------------------------------- SQL

	/**
	 * How a report is read for windows and bounds: the last day of its period, and its bounds widened
	 * by the tolerance of an approximate figure (10%, as {@code Estimates} reads it).
	 */
	private static final String READING = """
			       case c.as_of_precision
			           when 'DAY' then c.as_of
			           when 'MONTH' then (date_trunc('month', c.as_of::timestamp) + interval '1 month - 1 day')::date
			           else (date_trunc('year', c.as_of::timestamp) + interval '1 year - 1 day')::date
			       end as as_of_end,
			       case when c.qualifier = 'APPROXIMATE' then c.lower_bound::bigint * 90 / 100
			            else c.lower_bound end as read_lower,
			       case when c.qualifier = 'APPROXIMATE' then (c.upper_bound::bigint * 110 + 99) / 100
			            else c.upper_bound end as read_upper
			""";

	/** Which reports count on a date: the source known by then, not retracted by then, describing a day up to it. */
	private static final String COUNTED_ON_THE_DATE = """
			from reported_count c join source s on s.id = c.source_id
			where count_known_on(s.known_from, c.retracted_at, :knownOn) and c.as_of <= :date""";

	/** The reports counted on a date, whole, with how they are read. */
	static final String COUNTED = """
			select c.id, c.facility_id, c.cohort_id, c.qualifier, c.value, c.value_high, c.value_words, c.lower_bound,
			       c.upper_bound, c.as_of, c.as_of_precision, c.speaker, s.root_id,
			""" + READING + COUNTED_ON_THE_DATE;

	/**
	 * For each facility and cohort, the reports that decide the latest window and the window before
	 * it, as {@link PopulationModel} windows them: the latest window reaches back
	 * {@value PopulationModel#WINDOW_DAYS} days from the newest report; the one before from the newest
	 * report that starts before it.
	 * <p>
	 * One ordered pass: each window's bounds are window functions over the facility and cohort (the
	 * rows arrive in the order of {@code reported_count_facility_cohort_as_of_idx}, so no step sorts a
	 * million rows again), carrying only the narrow columns; the whole rows are read for the few picked.
	 * Written as joins of a wide common table expression instead, the same answer took 5.3 s at a
	 * million figures (sorts spilled 115 MB to disk); this takes about 3 s, with the same rows.
	 */
	static final String DECIDING_REPORTS_SQL = """
			with counted as (
			    select c.id, c.facility_id, c.cohort_id, c.as_of,
			""" + READING + COUNTED_ON_THE_DATE + """
			), anchored as (
			    select k.*, max(as_of) over facility_cohort as anchor
			    from counted k window facility_cohort as (partition by facility_id, cohort_id)
			), started as (
			    select a.*, min(as_of) filter (where as_of_end >= anchor - :window) over facility_cohort as start
			    from anchored a window facility_cohort as (partition by facility_id, cohort_id)
			), before_start as (
			    select s.*, max(as_of) filter (where as_of < start) over facility_cohort as earlier_anchor
			    from started s window facility_cohort as (partition by facility_id, cohort_id)
			), windowed as (
			    select id, facility_id, cohort_id, read_lower, read_upper,
			           case when as_of_end >= anchor - :window then 1
			                when as_of < start and as_of_end >= earlier_anchor - :window then 2 end as win
			    from before_start
			), extremes as (
			    select w.*, max(read_lower) over win as max_lower, min(read_lower) over win as min_lower,
			           min(read_upper) over win as min_upper, max(read_upper) over win as max_upper,
			           bool_or(read_upper is null) over win as open
			    from windowed w where win is not null
			    window win as (partition by facility_id, cohort_id, win)
			), picked as (
			    select distinct unnest(array[
			               max(id) filter (where read_lower = max_lower),
			               max(id) filter (where read_lower = min_lower),
			               max(id) filter (where read_upper = min_upper),
			               max(id) filter (where (open and read_upper is null) or read_upper = max_upper)]) as id
			    from extremes group by facility_id, cohort_id, win
			)
			select c.id, c.facility_id, c.cohort_id, c.qualifier, c.value, c.value_high, c.value_words, c.lower_bound,
			       c.upper_bound, c.as_of, c.as_of_precision, c.speaker, s.root_id
			from reported_count c join source s on s.id = c.source_id
			where c.id in (select id from picked)
			order by c.facility_id, c.cohort_id, c.as_of, c.id""";

	/** A facility's and its group's every report counted on the date, with the data version (one row at least). */
	static final String HISTORY_SQL = "with counted as (" + COUNTED + """
			  and c.facility_id in (select f.id from facility f where f.id = :facility
			                        union all select f.parent_id from facility f where f.id = :facility)
			)
			select v.version, k.*
			from data_version v left join counted k on true
			order by k.as_of, k.id""";

	/** The most recent figures and movements, newest first. */
	static final String RECENT_SQL = """
			(select 'REPORT' as kind, c.id, c.facility_id, null::bigint as to_facility_id, c.cohort_id, c.value, c.qualifier,
			        c.value_high, c.value_words, c.as_of, c.as_of_precision, c.speaker, c.source_id, s.outlet, null as status
			 from reported_count c join source s on s.id = c.source_id
			 where count_known_on(s.known_from, c.retracted_at, :knownOn)
			 order by c.as_of desc, c.id desc limit :limit)
			union all
			(select 'MOVEMENT', m.id, m.from_facility_id, m.to_facility_id, m.cohort_id, m.value, m.qualifier, m.value_high,
			        m.value_words, coalesce(m.ended_on, m.started_on), coalesce(m.ended_precision, m.started_precision), m.speaker,
			        m.source_id, s.outlet, m.status
			 from movement m join source s on s.id = m.source_id
			 where source_known_on(s.known_from, :knownOn) and coalesce(m.ended_on, m.started_on) is not null
			 order by coalesce(m.ended_on, m.started_on) desc, m.id desc limit :limit)
			order by as_of desc, kind desc, id desc""";

}
