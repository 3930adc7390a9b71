package org.detaineetracker.estimate;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.count.ReportedCountRepository;
import org.detaineetracker.kernel.Audience;
import org.detaineetracker.kernel.Countries;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.kernel.VersionedCache;

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

	private final VersionedCache<Kept, Snapshot> snapshots = new VersionedCache<>(KEPT_DATES);

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
		return snapshots.get(new Kept(knownOn.latestKnownFrom(), Audience.current()), current.version(),
				() -> compute(knownOn, current.version(), current.facilities(), current.groups()));
	}

	/** A snapshot read by a public reader leaves internal records out, so it is kept apart. */
	private record Kept(LocalDate knownFrom, Audience audience) {
	}

	private Snapshot compute(KnownOn knownOn, long version, long facilities, long groups) {
		List<Placed> estimates = new ArrayList<>();
		jdbc.sql(WINDOWS_SQL)
			.param("knownOn", knownOn.latestKnownFrom())
			.param("window", Estimates.WINDOW_DAYS)
			.query((ResultSet row) -> {
				Estimate estimate = Estimates.summary(row.getObject("window_start", LocalDate.class),
						row.getObject("window_end", LocalDate.class), row.getInt("reports"), row.getInt("independent"),
						row.getBoolean("approximate"), row.getInt("max_lower"), (Integer) row.getObject("min_upper"),
						row.getInt("hull_lower"), (Integer) row.getObject("hull_upper"));
				estimates.add(new Placed(row.getLong("facility_id"), row.getString("facility_slug"),
						row.getString("facility_name"), (Long) row.getObject("parent_id"), row.getString("country_code"),
						row.getLong("cohort_id"), row.getString("cohort_slug"), row.getString("cohort_name"),
						row.getString("holder_slug"), row.getString("holder_name"), estimate));
			});
		List<Placed> conflicts = estimates.stream()
			.filter(p -> p.estimate().isConflict())
			.sorted(Comparator.comparing((Placed p) -> p.estimate().windowEnd()).reversed()
				.thenComparing(Placed::facilityName))
			.toList();
		return new Snapshot(version, List.copyOf(estimates), Totals.byHolder(estimates),
				Totals.byCountry(estimates, countries::name), conflicts, facilities, groups,
				counts.findLatestKnown(knownOn.latestKnownFrom(), Limit.of(LATEST_FIGURES)),
				estimates.stream()
					.filter(p -> p.parentId() != null)
					.collect(java.util.stream.Collectors.groupingBy(Placed::parentId)));
	}

	/**
	 * The latest window of every facility and cohort, added up by the database so that a million
	 * figures never cross the wire: the same rules as {@link Estimates} (window, tolerance for
	 * approximate figures, month and year dates covering their period, independence by the root of
	 * the cites chain), over the figures known on the day (count_known_on, V70). EstimateSnapshotsTest
	 * checks that both agree.
	 */
	static final String WINDOWS_SQL = """
			with counted as (
			    select c.id, c.facility_id, c.cohort_id, c.custody_holder_id, c.qualifier, c.as_of, s.root_id,
			           case c.as_of_precision
			               when 'DAY' then c.as_of
			               when 'MONTH' then (date_trunc('month', c.as_of::timestamp) + interval '1 month - 1 day')::date
			               else (date_trunc('year', c.as_of::timestamp) + interval '1 year - 1 day')::date
			           end as as_of_end,
			           case when c.qualifier = 'APPROXIMATE' then (c.lower_bound::bigint * 90 / 100)::int
			                else c.lower_bound end as read_lower,
			           case when c.qualifier = 'APPROXIMATE' then ((c.upper_bound::bigint * 110 + 99) / 100)::int
			                else c.upper_bound end as read_upper
			    from reported_count c join source s on s.id = c.source_id
			    where count_known_on(s.known_from, c.retracted_at, :knownOn)
			), latest as (
			    select facility_id, cohort_id, max(as_of) as latest_start from counted group by facility_id, cohort_id
			), windows as (
			    select k.facility_id, k.cohort_id, min(k.as_of) as window_start, max(k.as_of_end) as window_end,
			           count(*)::int as reports, count(distinct k.root_id)::int as independent,
			           bool_or(k.qualifier = 'APPROXIMATE') as approximate,
			           greatest(max(k.read_lower), 0) as max_lower, min(k.read_upper) as min_upper,
			           min(k.read_lower) as hull_lower,
			           case when bool_or(k.read_upper is null) then null else max(k.read_upper) end as hull_upper,
			           (array_agg(k.custody_holder_id order by k.as_of desc, k.id desc))[1] as holder_id
			    from counted k join latest l on l.facility_id = k.facility_id and l.cohort_id = k.cohort_id
			    where k.as_of_end >= l.latest_start - :window
			    group by k.facility_id, k.cohort_id
			)
			select w.*, f.slug as facility_slug, f.name as facility_name, f.parent_id, f.country_code,
			       co.slug as cohort_slug, co.name as cohort_name, h.slug as holder_slug, h.name as holder_name
			from windows w
			join facility f on f.id = w.facility_id
			join cohort co on co.id = w.cohort_id
			left join custody_holder h on h.id = w.holder_id""";

}
