package org.detaineetracker.estimate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.count.Bounds;
import org.detaineetracker.count.Qualifier;
import org.detaineetracker.count.ReportedCountRepository;
import org.detaineetracker.knownon.KnownOn;
import org.detaineetracker.system.Countries;
import org.detaineetracker.system.DatePrecision;
import org.detaineetracker.system.PartialDate;

/**
 * The latest estimate of every facility and cohort, as known on a date. Reading them takes one pass
 * over the figures (a million of them in the benchmark), so the result is kept in memory per date
 * and recomputed only when the data version (bumped by a trigger on every write, V43) has moved.
 * A request that finds it current issues one statement.
 */
@Service
public class EstimateSnapshots {

	static final int LATEST_FIGURES = 10;

	private static final int KEPT_DATES = 32;

	private final JdbcClient jdbc;

	private final ReportedCountRepository counts;

	private final Countries countries;

	private final Map<LocalDate, Snapshot> cache = new ConcurrentHashMap<>();

	EstimateSnapshots(JdbcClient jdbc, ReportedCountRepository counts, Countries countries) {
		this.jdbc = jdbc;
		this.counts = counts;
		this.countries = countries;
	}

	@Transactional(readOnly = true)
	public Snapshot at(KnownOn knownOn) {
		record Version(long version, long facilities, long groups) {
		}
		Version current = jdbc.sql("""
				select version, (select count(*) from facility) as facilities,
				       (select count(*) from facility where kind = 'GROUP') as groups
				from data_version""").query(Version.class).single();
		LocalDate key = knownOn.latestKnownFrom();
		Snapshot cached = cache.get(key);
		if (cached != null && cached.version() == current.version()) {
			return cached;
		}
		Snapshot fresh = compute(knownOn, current.version(), current.facilities(), current.groups());
		if (cache.size() >= KEPT_DATES) {
			cache.clear();
		}
		cache.put(key, fresh);
		return fresh;
	}

	private Snapshot compute(KnownOn knownOn, long version, long facilities, long groups) {
		Map<String, List<Report>> reports = new LinkedHashMap<>();
		Map<String, Placed> places = new LinkedHashMap<>();
		jdbc.sql("""
				with known as (
				    select c.*, s.root_id,
				           max(c.as_of) over (partition by c.facility_id, c.cohort_id) as latest_start,
				           case c.as_of_precision
				               when 'DAY' then c.as_of
				               when 'MONTH' then (date_trunc('month', c.as_of::timestamp) + interval '1 month - 1 day')::date
				               else (date_trunc('year', c.as_of::timestamp) + interval '1 year - 1 day')::date
				           end as as_of_end
				    from reported_count c join source s on s.id = c.source_id
				    where s.known_from <= :knownOn and (c.retracted_at is null or c.retracted_at >= :retractedBefore)
				)
				select k.id, k.facility_id, f.slug as facility_slug, f.name as facility_name, f.parent_id, f.country_code,
				       k.cohort_id, co.slug as cohort_slug, co.name as cohort_name, h.slug as holder_slug, h.name as holder_name,
				       k.qualifier, k.lower_bound, k.upper_bound, k.as_of, k.as_of_precision, k.root_id
				from known k
				join facility f on f.id = k.facility_id
				join cohort co on co.id = k.cohort_id
				left join custody_holder h on h.id = k.custody_holder_id
				where k.as_of_end >= k.latest_start - :window
				order by k.facility_id, k.cohort_id, k.as_of, k.id""")
			.param("knownOn", knownOn.latestKnownFrom())
			.param("retractedBefore", java.sql.Timestamp.from(knownOn.retractedBefore()))
			.param("window", Estimates.WINDOW_DAYS)
			.query((ResultSet row) -> {
				String key = row.getLong("facility_id") + "/" + row.getLong("cohort_id");
				reports.computeIfAbsent(key, k -> new ArrayList<>()).add(report(row));
				// Rows come oldest first, so the last one seen names the holder of the latest report.
				places.put(key, new Placed(row.getLong("facility_id"), row.getString("facility_slug"),
						row.getString("facility_name"), (Long) row.getObject("parent_id"), row.getString("country_code"),
						row.getLong("cohort_id"), row.getString("cohort_slug"), row.getString("cohort_name"),
						row.getString("holder_slug"), row.getString("holder_name"), null));
			});
		List<Placed> estimates = new ArrayList<>();
		places.forEach((key, place) -> Estimates.latest(reports.get(key))
			.ifPresent(e -> estimates.add(new Placed(place.facilityId(), place.facilitySlug(), place.facilityName(),
					place.parentId(), place.countryCode(), place.cohortId(), place.cohortSlug(), place.cohortName(),
					place.holderSlug(), place.holderName(), e))));
		List<Placed> conflicts = estimates.stream()
			.filter(p -> p.estimate().isConflict())
			.sorted(Comparator.comparing((Placed p) -> p.estimate().windowEnd()).reversed()
				.thenComparing(Placed::facilityName))
			.toList();
		return new Snapshot(version, List.copyOf(estimates), Totals.byHolder(estimates),
				Totals.byCountry(estimates, countries::name), conflicts, facilities, groups,
				counts.findLatestKnown(knownOn.latestKnownFrom(), knownOn.retractedBefore(), Limit.of(LATEST_FIGURES)),
				estimates.stream()
					.filter(p -> p.parentId() != null)
					.collect(java.util.stream.Collectors.groupingBy(Placed::parentId)));
	}

	private static Report report(ResultSet row) throws SQLException {
		Qualifier qualifier = Qualifier.valueOf(row.getString("qualifier"));
		Integer upper = (Integer) row.getObject("upper_bound");
		return new Report(row.getLong("id"), new Bounds(row.getInt("lower_bound"), upper), qualifier.isApproximate(),
				new PartialDate(row.getObject("as_of", LocalDate.class), DatePrecision.valueOf(row.getString("as_of_precision"))),
				row.getLong("root_id"));
	}

}
