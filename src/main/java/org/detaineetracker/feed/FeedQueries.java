package org.detaineetracker.feed;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.Figure;
import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.kernel.Qualifier;

/**
 * The figures a feed lists: the newest changed first, a bounded number. A visitor without an
 * account reads through the public database role, which leaves internal records out by itself.
 */
@Component
class FeedQueries {

	/** Enough for a reader that polls every hour on a busy day; older entries a reader has already seen. */
	static final int ENTRIES = 50;

	record Facility(long id, String slug, String name) {
	}

	record Entry(long id, Figure figure, String cohort, String facility, String facilitySlug, PartialDate asOf,
			String outlet, String sourceTitle, String speaker, String quote, Instant recordedAt, Instant updatedAt,
			Instant retractedAt, String retractionReason) {
	}

	private final JdbcClient jdbc;

	FeedQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Facility> facility(String slug) {
		return jdbc.sql("select id, slug, name from facility where slug = ?").param(slug).query(Facility.class).optional();
	}

	/** The newest changed figures of the facility and its sites, or of all facilities when null. */
	@Transactional(readOnly = true)
	List<Entry> entries(Long facility) {
		return jdbc.sql("""
				select r.id, r.value, r.qualifier, r.value_high, r.value_words, c.name as cohort, f.name as facility,
				       f.slug as facility_slug, r.as_of, r.as_of_precision, s.outlet, s.title, r.speaker, r.quote,
				       r.recorded_at, r.updated_at, r.retracted_at, r.retraction_reason
				from reported_count r
				join facility f on f.id = r.facility_id
				join cohort c on c.id = r.cohort_id
				join source s on s.id = r.source_id
				where (cast(:facility as bigint) is null or f.id = :facility or f.parent_id = :facility)
				order by r.updated_at desc, r.id desc
				limit :entries""")
			.param("facility", facility)
			.param("entries", ENTRIES)
			.query((row, n) -> {
				Figure figure = new Figure(row.getInt("value"), Qualifier.valueOf(row.getString("qualifier")),
						(Integer) row.getObject("value_high"));
				String words = row.getString("value_words");
				return new Entry(row.getLong("id"), words == null ? figure : figure.writtenAs(words), row.getString("cohort"),
						row.getString("facility"), row.getString("facility_slug"),
						new PartialDate(row.getObject("as_of", LocalDate.class),
								DatePrecision.valueOf(row.getString("as_of_precision"))),
						row.getString("outlet"), row.getString("title"), row.getString("speaker"), row.getString("quote"),
						instant(row.getTimestamp("recorded_at")), instant(row.getTimestamp("updated_at")),
						instant(row.getTimestamp("retracted_at")), row.getString("retraction_reason"));
			})
			.list();
	}

	/** The data version and when it moved: a feed's validator and, when it has no entries, its date. */
	record Version(long version, Instant updatedAt) {
	}

	Version version() {
		return jdbc.sql("select version, updated_at from data_version").query(Version.class).single();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
