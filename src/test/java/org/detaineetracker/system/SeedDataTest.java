package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.detaineetracker.kernel.Bounds;
import org.detaineetracker.kernel.Qualifier;
import org.detaineetracker.test.TrackerTest;

/** Every fact the seed migrations take from the five articles, as the articles give it. */
@TrackerTest
class SeedDataTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyFigureWithItsQualifierSpeakerSourceAndDate() {
		List<Map<String, Object>> rows = jdbc.sql("""
				select f.slug facility, c.slug cohort, h.slug holder, r.value, r.qualifier, r.value_high,
				       r.as_of::text as_of, r.as_of_precision, s.outlet, r.speaker, r.status
				from reported_count r
				join facility f on f.id = r.facility_id
				join cohort c on c.id = r.cohort_id
				left join custody_holder h on h.id = r.custody_holder_id
				join source s on s.id = r.source_id
				where r.recorded_by = 'seed'""").query().listOfRows();
		String group = "sdf-detention-facilities-northeast-syria";
		assertThat(rows).extracting(r -> r.get("facility"), r -> r.get("cohort"), r -> r.get("holder"), r -> r.get("value"),
				r -> r.get("qualifier"), r -> r.get("as_of"), r -> r.get("as_of_precision"), r -> r.get("outlet"),
				r -> r.get("speaker"))
			.containsExactlyInAnyOrder(
					// 000: CENTCOM's commander, December 2024
					tuple(group, "isis-detainees", "sdf", 8000, "OVER", "2024-12-01", "MONTH", "Unnamed outlet",
							"Gen. Michael Kurilla, CENTCOM commander"),
					// 001: Politico via the Daily Caller News Foundation
					tuple(group, "isis-detainees", "sdf", 9000, "EXACT", "2024-12-01", "MONTH",
							"Daily Caller News Foundation", "Politico, as reported by the Daily Caller News Foundation"),
					tuple(group, "other-detainees-and-residents", "sdf", 50000, "EXACT", "2024-12-01", "MONTH",
							"Daily Caller News Foundation", "Politico, as reported by the Daily Caller News Foundation"),
					// 002: Fox News Digital and the senior intelligence official it interviewed
					tuple(group, "isis-detainees", "sdf", 6000, "NEARLY", "2026-01-01", "MONTH", "Fox News Digital",
							"Fox News Digital, from a senior U.S. intelligence official (unnamed)"),
					tuple(group, "isis-detainees", "sdf", 6000, "APPROXIMATE", "2026-01-01", "MONTH", "Fox News Digital",
							"Senior U.S. intelligence official, unnamed"),
					// 003: Trending Politics News repeating Fox News
					tuple(group, "isis-detainees", "sdf", 6000, "NEARLY", "2026-01-01", "MONTH", "Trending Politics News",
							"Trending Politics News, citing Fox News"),
					tuple(group, "isis-detainees", "sdf", 6000, "APPROXIMATE", "2026-01-01", "MONTH",
							"Trending Politics News", "Senior U.S. official, unnamed, as told to Fox News"),
					// 004: 21 January 2026
					tuple(group, "isis-detainees", "sdf", 7000, "EXACT", "2026-01-21", "DAY", "Unnamed outlet",
							"Unattributed report; CENTCOM confirmed the operation"),
					tuple("panorama-prison", "isis-detainees", "sdf", 4500, "OVER", "2026-01-21", "DAY", "Unnamed outlet",
							"Unattributed report"));
		assertThat(rows).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("ACTIVE"));
	}

	@Test
	void seededBoundsAreTheQualifiersBounds() {
		for (String table : List.of("reported_count", "movement", "movement_report")) {
			jdbc.sql("select value, qualifier, value_high, lower_bound, upper_bound from " + table)
				.query((rs, n) -> {
					Bounds expected = Qualifier.valueOf(rs.getString("qualifier"))
						.bounds(rs.getInt("value"), (Integer) rs.getObject("value_high"));
					assertThat(new Bounds(rs.getInt("lower_bound"), (Integer) rs.getObject("upper_bound")))
						.as("%s %s %d", table, rs.getString("qualifier"), rs.getInt("value"))
						.isEqualTo(expected);
					return expected;
				})
				.list();
		}
		assertThat(jdbc.sql("select count(*) from movement").query(Long.class).single()).isPositive();
	}

	@Test
	void quotesAreShortAndAttributed() {
		List<String> quotes = jdbc.sql("select quote from reported_count where quote is not null union all "
				+ "select quote from movement_report where quote is not null").query(String.class).list();
		assertThat(quotes).isNotEmpty().allSatisfy(q -> assertThat(q.split("\\s+")).hasSizeLessThanOrEqualTo(30));
		assertThat(quotes).anyMatch(q -> q.contains("over 8,000 ISIS operatives"));
	}

	@Test
	void sourcesWithTheirDatesAndWhatTheyRepeat() {
		List<Map<String, Object>> sources = jdbc.sql("""
				select s.outlet, s.published_on::text published, s.published_precision, c.outlet cites
				from source s left join source c on c.id = s.cites_id""").query().listOfRows();
		assertThat(sources).extracting(s -> s.get("outlet"), s -> s.get("published"), s -> s.get("published_precision"),
				s -> s.get("cites"))
			.containsExactlyInAnyOrder(tuple("U.S. Central Command", "2024-12-01", "MONTH", null),
					tuple("Politico", "2024-12-01", "MONTH", null),
					tuple("Unnamed outlet", "2024-12-01", "MONTH", "U.S. Central Command"),
					tuple("Daily Caller News Foundation", "2024-12-01", "MONTH", "Politico"),
					tuple("Fox News Digital", "2026-02-01", "MONTH", null),
					tuple("Trending Politics News", "2026-02-01", "MONTH", "Fox News Digital"),
					tuple("Unnamed outlet", "2026-01-21", "DAY", null));
	}

	@Test
	void facilitiesWithTheirGroupsAndAliases() {
		assertThat(jdbc.sql("""
				select f.slug, f.kind, f.country_code, p.slug parent
				from facility f left join facility p on p.id = f.parent_id""").query().listOfRows())
			.extracting(r -> r.get("slug"), r -> r.get("kind"), r -> r.get("country_code"), r -> r.get("parent"))
			.containsExactlyInAnyOrder(tuple("sdf-detention-facilities-northeast-syria", "GROUP", "SY", null),
					tuple("iraq-receiving-facilities", "GROUP", "IQ", null),
					tuple("panorama-prison", "PRISON", "SY", "sdf-detention-facilities-northeast-syria"),
					tuple("al-hol-camp", "CAMP", "SY", "sdf-detention-facilities-northeast-syria"),
					tuple("baghdad-airport-detention-facility", "DETENTION_CENTRE", "IQ", "iraq-receiving-facilities"));
		assertThat(jdbc.sql("select a.name from facility_alias a join facility f on f.id = a.facility_id "
				+ "where f.slug = 'al-hol-camp'").query(String.class).list()).contains("al-Hawl", "Al Hol");
	}

	@Test
	void alHolPassedFromTheSdfToDamascus() {
		assertThat(jdbc.sql("""
				select h.slug, p.started_on::text started, p.ended_on::text ended
				from custody_period p join custody_holder h on h.id = p.holder_id join facility f on f.id = p.facility_id
				where f.slug = 'al-hol-camp' order by p.started_on nulls first""").query().listOfRows())
			.extracting(r -> r.get("slug"), r -> r.get("started"), r -> r.get("ended"))
			.containsExactly(tuple("sdf", null, "2026-02-01"), tuple("syrian-government", "2026-02-01", null));
	}

	@Test
	void theTransfersIntoIraqAreThreeMovementsAndTheBaghdadTransferHasTwoReports() {
		assertThat(jdbc.sql("""
				select f.slug from_slug, t.slug to_slug, c.slug cohort, r.value, r.qualifier, m.status, r.tally, s.outlet
				from movement m join facility f on f.id = m.from_facility_id join facility t on t.id = m.to_facility_id
				join cohort c on c.id = m.cohort_id join movement_report r on r.movement_id = m.id
				join source s on s.id = r.source_id""").query().listOfRows())
			.extracting(r -> r.get("from_slug"), r -> r.get("to_slug"), r -> r.get("cohort"), r -> r.get("value"),
					r -> r.get("qualifier"), r -> r.get("status"), r -> r.get("tally"), r -> r.get("outlet"))
			.containsExactlyInAnyOrder(
					tuple("sdf-detention-facilities-northeast-syria", "iraq-receiving-facilities", "isis-detainees", 7000,
							"EXACT", "UNDER_WAY", "CUMULATIVE", "Unnamed outlet"),
					tuple("panorama-prison", "iraq-receiving-facilities", "high-value-isis-detainees", 150, "EXACT",
							"COMPLETED", "BATCH", "Unnamed outlet"),
					tuple("sdf-detention-facilities-northeast-syria", "baghdad-airport-detention-facility",
							"isis-detainees", 6000, "NEARLY", "COMPLETED", "CUMULATIVE", "Fox News Digital"),
					tuple("sdf-detention-facilities-northeast-syria", "baghdad-airport-detention-facility",
							"isis-detainees", 6000, "NEARLY", "COMPLETED", "CUMULATIVE", "Trending Politics News"));
		assertThat(jdbc.sql("select count(*) from movement").query(Long.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("""
				select count(distinct r.movement_id) from movement_report r join movement m on m.id = r.movement_id
				join facility t on t.id = m.to_facility_id where t.slug = 'baghdad-airport-detention-facility'""")
			.query(Long.class).single()).as("one Baghdad transfer").isEqualTo(1);
	}

	@Test
	void everyMovementHasAReportAndTheMergedDuplicateLeftItsHistory() {
		assertThat(jdbc.sql("select count(*) from movement m where not exists "
				+ "(select 1 from movement_report r where r.movement_id = m.id)").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from movement_report_aud").query(Long.class).single()).isGreaterThanOrEqualTo(4);
		assertThat(jdbc.sql("select count(*) from movement_aud where revtype = 2").query(Long.class).single())
			.as("the duplicate movement's deletion is a revision").isEqualTo(1);
	}

}
