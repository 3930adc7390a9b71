package org.detaineetracker.claim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.claim.reading.ClaimFinder;
import org.detaineetracker.claim.reading.Findings;
import org.detaineetracker.claim.reading.PlaceName;
import org.detaineetracker.claim.reading.PlaceNames;

/**
 * Reads a pasted article against what the database knows: facility names and aliases become places
 * the finder looks for, and every hint a candidate carries (a facility or cohort slug) is resolved to
 * the record a form can choose.
 */
@Service
class ClaimReader {

	private final ClaimFinder finder;

	private final JdbcClient jdbc;

	private final FindingsCache cache = new FindingsCache(FindingsCache.MAX_WEIGHT);

	ClaimReader(ClaimFinder finder, JdbcClient jdbc) {
		this.finder = finder;
		this.jdbc = jdbc;
	}

	/** A facility or cohort a hint names: its id for forms, its slug and name for people. */
	record Ref(long id, String slug, String name) {
	}

	/**
	 * Every facility name and alias for the finder, and facilities and cohorts by slug: the place names
	 * the finder asks for come from the facility records here, in the same statement as the rest.
	 */
	record References(List<PlaceName> places, Map<String, Ref> facilities, Map<String, Ref> cohorts)
			implements PlaceNames {

		@Override
		public List<PlaceName> placeNames() {
			return places;
		}

	}

	/** A count or movement already recorded from a passage of an article with the same fingerprint. */
	record Recorded(String kind, long id, int start, int end, int value) {
	}

	/**
	 * Facilities with each of their names, and cohorts, in one statement: the finder matches names and
	 * aliases alike, and the tables are small (names of places, not figures).
	 */
	@Transactional(readOnly = true)
	References references() {
		List<PlaceName> places = new ArrayList<>();
		Map<String, Ref> facilities = new HashMap<>();
		Map<String, Ref> cohorts = new HashMap<>();
		jdbc.sql("""
				select 'facility' as kind, f.id, f.slug, f.name, f.name as spelling from facility f
				union all
				select 'facility', f.id, f.slug, f.name, a.name from facility_alias a join facility f on f.id = a.facility_id
				union all
				select 'cohort', c.id, c.slug, c.name, null from cohort c""").query((row, n) -> {
			Ref ref = new Ref(row.getLong("id"), row.getString("slug"), row.getString("name"));
			if ("cohort".equals(row.getString("kind"))) {
				cohorts.put(ref.slug(), ref);
			}
			else {
				facilities.put(ref.slug(), ref);
				places.add(new PlaceName(ref.slug(), row.getString("spelling")));
			}
			return ref;
		}).list();
		return new References(places, facilities, cohorts);
	}

	/** Counts and movements recorded from an article whose readable text has this SHA-256. */
	@Transactional(readOnly = true)
	List<Recorded> recordedFrom(String pastedTextSha256) {
		return jdbc.sql("""
				select 'count' as kind, id, passage_start, passage_end, value from reported_count
				where pasted_text_sha256 = :sha
				union all
				select 'movement', id, passage_start, passage_end, value from movement
				where pasted_text_sha256 = :sha
				order by 1, 2""")
			.param("sha", pastedTextSha256)
			.query((row, n) -> new Recorded(row.getString("kind"), row.getLong("id"), row.getInt("passage_start"),
					row.getInt("passage_end"), row.getInt("value")))
			.list();
	}

	/**
	 * The readable text of what was pasted and the candidates in it, with places from the database; a
	 * text read a moment ago against the same place names is not read again.
	 */
	Findings find(PastedText pasted, References references) {
		String key = sha256(pasted.raw()) + ":" + sha256(references.places().toString());
		return cache.get(key, () -> finder.read(pasted.raw(), references));
	}

	/** The text the finder reads in what was pasted: HTML reduced, control characters dropped. */
	String readableText(PastedText pasted) {
		return finder.readableText(pasted.raw());
	}

	boolean looksLikeHtml(PastedText pasted) {
		return finder.readsAsHtml(pasted.raw());
	}

	/** Lower-case hex SHA-256 of the text's UTF-8 bytes: the fingerprint passages are checked against. */
	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException everyJavaHasIt) {
			throw new IllegalStateException(everyJavaHasIt);
		}
	}

}
