package org.detaineetracker.search;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.facility.FacilityKind;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.kernel.Qualifier;

/**
 * One search across facility names and aliases, sources by outlet or title, and figures by speaker,
 * all folded the same way by the database (tracker_query_key, V42): case, accents, hyphens, spaces
 * and articles do not matter. Three statements, each capped at {@value #LIMIT} results. The LIKE
 * patterns use the trigram indexes of V45 where the server has pg_trgm; keys hold only a-z, 0-9 and
 * spaces, so a pattern never carries a wildcard of its own. Sources and figures are those known on
 * the view's date (source_known_on, count_known_on, V70).
 */
@Service
class SearchQueries {

	static final int LIMIT = 50;

	record FacilityHit(String slug, String name, FacilityKind kind, String countryCode, String aliases) {
	}

	record SourceHit(long id, String outlet, String title, LocalDate publishedOn, DatePrecision publishedPrecision) {

		public PartialDate published() {
			return new PartialDate(publishedOn, publishedPrecision);
		}

	}

	record FigureHit(long id, String facilitySlug, String facilityName, String cohortName, int value,
			Qualifier qualifier, Integer valueHigh, LocalDate asOf, DatePrecision asOfPrecision, String speaker,
			String outlet) {

		public PartialDate asOfDate() {
			return new PartialDate(asOf, asOfPrecision);
		}

	}

	record Results(List<FacilityHit> facilities, List<SourceHit> sources, List<FigureHit> figures) {

		public boolean isEmpty() {
			return facilities.isEmpty() && sources.isEmpty() && figures.isEmpty();
		}

	}

	private final JdbcClient jdbc;

	SearchQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Begins a search's transaction: plans made for the words searched, every time, and the data
	 * version its page is kept under, in one statement. After five searches the driver's prepared
	 * statement lets PostgreSQL switch to a generic plan, which cannot know that "synthetic" matches
	 * a million speakers and a name only three; at a million figures that plan took 7 s (a bitmap
	 * scan of every figure) where the plan for the words takes 3 ms (EXPLAIN EXECUTE with
	 * plan_cache_mode = force_generic_plan). Local: it ends with the transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	long begin() {
		return jdbc.sql("select (select version from data_version) from set_config('plan_cache_mode', 'force_custom_plan', true)")
			.query(Long.class)
			.single();
	}

	/** The three searches, in the transaction {@link #begin()} began. */
	@Transactional(propagation = Propagation.MANDATORY)
	Results search(String query, KnownOn knownOn) {
		List<FacilityHit> facilities = jdbc.sql("""
				select f.slug, f.name, f.kind, f.country_code,
				       (select string_agg(a.name, ', ' order by a.name) from facility_alias a where a.facility_id = f.id) as aliases
				from facility f
				where tracker_query_key(:q) <> '' and f.search_key like '%' || tracker_query_key(:q) || '%'
				order by f.name
				limit :limit""").param("q", query).param("limit", LIMIT).query(FacilityHit.class).list();
		List<SourceHit> sources = jdbc.sql("""
				select s.id, s.outlet, s.title, s.published_on, s.published_precision
				from source s
				where tracker_query_key(:q) <> '' and s.search_key like '%' || tracker_query_key(:q) || '%'
				  and source_known_on(s.known_from, :knownOn)
				order by s.published_on desc, s.id desc
				limit :limit""")
			.param("q", query)
			.param("knownOn", knownOn.latestKnownFrom())
			.param("limit", LIMIT)
			.query(SourceHit.class)
			.list();
		List<FigureHit> figures = jdbc.sql("""
				select c.id, f.slug as facility_slug, f.name as facility_name, co.name as cohort_name, c.value, c.qualifier,
				       c.value_high, c.as_of, c.as_of_precision, c.speaker, s.outlet
				from reported_count c
				join source s on s.id = c.source_id
				join facility f on f.id = c.facility_id
				join cohort co on co.id = c.cohort_id
				where tracker_query_key(:q) <> '' and c.speaker_key like '%' || tracker_query_key(:q) || '%'
				  and count_known_on(s.known_from, c.retracted_at, :knownOn)
				order by c.as_of desc, c.id desc
				limit :limit""")
			.param("q", query)
			.param("knownOn", knownOn.latestKnownFrom())
			.param("limit", LIMIT)
			.query(FigureHit.class)
			.list();
		return new Results(facilities, sources, figures);
	}

}
