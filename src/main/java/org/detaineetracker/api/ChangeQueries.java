package org.detaineetracker.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.PartialDate;

/**
 * The collection endpoints' reads, straight from PostgreSQL as the exports are: each is two
 * statements (how many match and whether the named filters exist, then one page), whatever the
 * page size. Everything comes in the order {@code updated_at, id}, which a client syncing with
 * {@code updatedSince} can follow without missing or repeating a record between pages.
 */
@Component
class ChangeQueries {

	/** The filters a collection may take; null means "not given". */
	record Filter(String facility, String cohort, String holder, String country, Long source, Instant updatedSince,
			LocalDate knownOn) {
	}

	/** A page of rows and the total, and which named filters name nothing. */
	record Found<T>(List<T> rows, long total, List<String> unknown) {
	}

	private final JdbcClient jdbc;

	ChangeQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Count(long id, String facility, String cohort, String holder, int value, String qualifier, Integer valueHigh,
			int lower, Integer upper, PartialDate asOf, long source, String outlet, String speaker, String quote,
			boolean retracted, Instant updatedAt) {
	}

	@Transactional(readOnly = true)
	Found<Count> counts(Filter filter, int page, int size) {
		Where where = new Where();
		where.slug("facility", "f.slug", filter.facility());
		where.slug("cohort", "c.slug", filter.cohort());
		where.slug("custody_holder", "h.slug", filter.holder());
		where.add("f.country_code = :country", "country", filter.country());
		where.add("r.source_id = :source", "source", filter.source());
		where.add("r.updated_at >= :updatedSince", "updatedSince", timestamp(filter.updatedSince()));
		where.add("count_known_on(s.known_from, r.retracted_at, :knownOn)", "knownOn", filter.knownOn());
		String from = """
				reported_count r join facility f on f.id = r.facility_id join cohort c on c.id = r.cohort_id
				join source s on s.id = r.source_id left join custody_holder h on h.id = r.custody_holder_id""";
		return where.page(jdbc, from, """
				r.id, f.slug as facility, c.slug as cohort, h.slug as holder, r.value, r.qualifier, r.value_high,
				r.lower_bound, r.upper_bound, r.as_of, r.as_of_precision, r.source_id, s.outlet, r.speaker, r.quote,
				r.retracted_at, r.updated_at""", "r.updated_at, r.id", page, size,
				(row, n) -> new Count(row.getLong("id"), row.getString("facility"), row.getString("cohort"),
						row.getString("holder"), row.getInt("value"), row.getString("qualifier"),
						(Integer) row.getObject("value_high"), row.getInt("lower_bound"), (Integer) row.getObject("upper_bound"),
						date(row, "as_of", "as_of_precision"), row.getLong("source_id"), row.getString("outlet"),
						row.getString("speaker"), row.getString("quote"), wasRetracted(row, filter.knownOn()),
						instant(row, "updated_at")));
	}

	record Movement(long id, String kind, String from, String to, String cohort, String operator, PartialDate started,
			PartialDate ended, String status, Instant updatedAt, List<Report> reports) {
	}

	record Report(long id, int value, String qualifier, Integer valueHigh, int lower, Integer upper, String tally,
			long source, String outlet, String speaker, String quote) {
	}

	/** Movements with the reports of them known on the day; a movement no report of which is known is left out. */
	@Transactional(readOnly = true)
	Found<Movement> movements(Filter filter, int page, int size) {
		Where where = new Where();
		where.slugEither("facility", "ff.slug", "tf.slug", filter.facility());
		where.slug("cohort", "c.slug", filter.cohort());
		where.slug("custody_holder", "o.slug", filter.holder());
		where.add("(ff.country_code = :country or tf.country_code = :country)", "country", filter.country());
		where.add("exists (select 1 from movement_report sr where sr.movement_id = m.id and sr.source_id = :source)",
				"source", filter.source());
		where.add("m.updated_at >= :updatedSince", "updatedSince", timestamp(filter.updatedSince()));
		where.add("""
				exists (select 1 from movement_report kr join source ks on ks.id = kr.source_id
				        where kr.movement_id = m.id and source_known_on(ks.known_from, :knownOn))""", "knownOn",
				filter.knownOn());
		String from = """
				movement m join facility ff on ff.id = m.from_facility_id left join facility tf on tf.id = m.to_facility_id
				join cohort c on c.id = m.cohort_id left join custody_holder o on o.id = m.operator_id""";
		// the reports come with their movement as one JSON array, so a page stays one statement
		String reports = """
				(select coalesce(json_agg(json_build_array(r.id, r.value, r.qualifier, r.value_high, r.lower_bound,
				        r.upper_bound, r.tally, r.source_id, s.outlet, r.speaker, r.quote) order by r.id), '[]')
				 from movement_report r join source s on s.id = r.source_id
				 where r.movement_id = m.id""" + (filter.knownOn() == null ? ")" : " and source_known_on(s.known_from, :knownOn))");
		return where.page(jdbc, from, """
				m.id, m.kind, ff.slug as from_slug, tf.slug as to_slug, c.slug as cohort, o.slug as operator, m.started_on,
				m.started_precision, m.ended_on, m.ended_precision, m.status, m.updated_at, """ + reports + " as reports",
				"m.updated_at, m.id", page, size,
				(row, n) -> new Movement(row.getLong("id"), row.getString("kind"), row.getString("from_slug"),
						row.getString("to_slug"), row.getString("cohort"), row.getString("operator"),
						date(row, "started_on", "started_precision"), date(row, "ended_on", "ended_precision"),
						row.getString("status"), instant(row, "updated_at"), reports(row.getString("reports"))));
	}

	record Holder(long id, String slug, String name, String shortName, String kind, String countryCode,
			Instant updatedAt) {
	}

	@Transactional(readOnly = true)
	Found<Holder> holders(Filter filter, int page, int size) {
		Where where = new Where();
		where.add("h.country_code = :country", "country", filter.country());
		where.add("h.updated_at >= :updatedSince", "updatedSince", timestamp(filter.updatedSince()));
		return where.page(jdbc, "custody_holder h",
				"h.id, h.slug, h.name, h.short_name, h.kind, h.country_code, h.updated_at", "h.updated_at, h.id", page,
				size,
				(row, n) -> new Holder(row.getLong("id"), row.getString("slug"), row.getString("name"),
						row.getString("short_name"), row.getString("kind"), row.getString("country_code"),
						instant(row, "updated_at")));
	}

	record Cohort(long id, String slug, String name, String description, String parent, Instant updatedAt) {
	}

	@Transactional(readOnly = true)
	Found<Cohort> cohorts(Filter filter, int page, int size) {
		Where where = new Where();
		where.add("c.updated_at >= :updatedSince", "updatedSince", timestamp(filter.updatedSince()));
		return where.page(jdbc, "cohort c left join cohort p on p.id = c.parent_id",
				"c.id, c.slug, c.name, c.description, p.slug as parent, c.updated_at", "c.updated_at, c.id", page, size,
				(row, n) -> new Cohort(row.getLong("id"), row.getString("slug"), row.getString("name"),
						row.getString("description"), row.getString("parent"), instant(row, "updated_at")));
	}

	record Source(long id, String outlet, String title, String url, String kind, PartialDate published,
			LocalDate knownFrom, Long cites, Instant updatedAt) {
	}

	/** Sources known on the day; with a facility, those with a figure of it. */
	@Transactional(readOnly = true)
	Found<Source> sources(Filter filter, int page, int size) {
		Where where = new Where();
		if (filter.facility() != null) {
			where.exists("facility", filter.facility());
			where.add("""
					exists (select 1 from reported_count fr join facility ff on ff.id = fr.facility_id
					        where fr.source_id = s.id and ff.slug = :facility)""", "facility", filter.facility());
		}
		where.add("s.updated_at >= :updatedSince", "updatedSince", timestamp(filter.updatedSince()));
		where.add("source_known_on(s.known_from, :knownOn)", "knownOn", filter.knownOn());
		return where.page(jdbc, "source s",
				"s.id, s.outlet, s.title, s.url, s.kind, s.published_on, s.published_precision, s.known_from, s.cites_id, s.updated_at",
				"s.updated_at, s.id", page, size,
				(row, n) -> new Source(row.getLong("id"), row.getString("outlet"), row.getString("title"),
						row.getString("url"), row.getString("kind"), date(row, "published_on", "published_precision"),
						row.getObject("known_from", LocalDate.class), (Long) row.getObject("cites_id"),
						instant(row, "updated_at")));
	}

	/**
	 * A where clause built from the filters given. The named records a filter refers to are checked
	 * in the counting statement, so a misspelt slug is a 400 rather than an empty page.
	 */
	private static final class Where {

		private final List<String> conditions = new ArrayList<>();

		private final Map<String, Object> parameters = new LinkedHashMap<>();

		/** Table and slug of each named filter, checked for existence. */
		private final Map<String, String> named = new LinkedHashMap<>();

		void add(String condition, String name, Object value) {
			if (value != null) {
				conditions.add(condition);
				parameters.put(name, value);
			}
		}

		void slug(String table, String column, String slug) {
			if (slug != null) {
				exists(table, slug);
				add(column + " = :" + table, table, slug);
			}
		}

		void slugEither(String table, String one, String other, String slug) {
			if (slug != null) {
				exists(table, slug);
				add("(" + one + " = :" + table + " or " + other + " = :" + table + ")", table, slug);
			}
		}

		void exists(String table, String slug) {
			named.put(table, slug);
		}

		<T> Found<T> page(JdbcClient jdbc, String from, String columns, String order, int page, int size,
				RowMapper<T> mapper) {
			String condition = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
			StringBuilder count = new StringBuilder("select (select count(*) from " + from + condition + ") as total");
			named.keySet().forEach(table -> count.append(", exists (select 1 from ")
				.append(table)
				.append(" where slug = :")
				.append(table)
				.append(") as ")
				.append(table));
			List<String> unknown = new ArrayList<>();
			long[] total = new long[1];
			jdbc.sql(count.toString()).params(parameters).query(row -> {
				total[0] = row.getLong("total");
				for (String table : named.keySet()) {
					if (!row.getBoolean(table)) {
						unknown.add(table);
					}
				}
			});
			if (!unknown.isEmpty() || total[0] == 0 || (long) page * size >= total[0]) {
				return new Found<>(List.of(), total[0], unknown);
			}
			List<T> rows = jdbc
				.sql("select " + columns + " from " + from + condition + " order by " + order + " limit :limit offset :offset")
				.params(parameters)
				.param("limit", size)
				.param("offset", (long) page * size)
				.query(mapper)
				.list();
			return new Found<>(rows, total[0], unknown);
		}

	}

	private static boolean wasRetracted(ResultSet row, LocalDate knownOn) throws SQLException {
		Instant retracted = instant(row, "retracted_at");
		// a count retracted after the known-on day was still standing then
		return retracted != null && (knownOn == null || retracted.isBefore(knownOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The reports array the movement query builds, in its column order. */
	private static List<Report> reports(String json) {
		List<Report> reports = new ArrayList<>();
		for (JsonNode r : JSON.readTree(json)) {
			reports.add(new Report(r.get(0).asLong(), r.get(1).asInt(), r.get(2).asString(),
					r.get(3).isNull() ? null : r.get(3).asInt(), r.get(4).asInt(), r.get(5).isNull() ? null : r.get(5).asInt(),
					r.get(6).isNull() ? null : r.get(6).asString(), r.get(7).asLong(), r.get(8).asString(),
					r.get(9).isNull() ? null : r.get(9).asString(), r.get(10).isNull() ? null : r.get(10).asString()));
		}
		return reports;
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static PartialDate date(ResultSet row, String day, String precision) throws SQLException {
		LocalDate date = row.getObject(day, LocalDate.class);
		return date == null ? null : new PartialDate(date, DatePrecision.valueOf(row.getString(precision)));
	}

}
