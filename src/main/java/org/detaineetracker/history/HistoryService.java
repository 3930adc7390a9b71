package org.detaineetracker.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit tables (V22, written by the database since V125) and turns consecutive revisions
 * of a record into "field: old → new". One statement brings a whole history with the names of the
 * records it refers to, instead of one query per revision and per reference.
 */
@Service
public class HistoryService {

	/** Columns every history query selects that are not fields of the record. */
	private static final Set<String> META = Set.of("rev", "at", "username", "revtype", "record_id", "record");

	private static final String COUNT_COLUMNS = """
			a.rev, r.timestamp as at, r.username, a.revtype, a.id as record_id,
			f.name as facility, c.name as cohort, h.name as custody_holder, a.value, a.qualifier, a.value_high,
			a.as_of, a.as_of_precision, s.outlet || ': ' || s.title as source, a.speaker, a.quote, a.status,
			a.retraction_reason
			from reported_count_aud a
			join revision r on r.id = a.rev
			left join facility f on f.id = a.facility_id
			left join cohort c on c.id = a.cohort_id
			left join custody_holder h on h.id = a.custody_holder_id
			left join source s on s.id = a.source_id
			""";

	private final JdbcClient jdbc;

	HistoryService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every revision of one reported count, newest first. */
	@Transactional(readOnly = true)
	public List<History.Entry> ofCount(long id) {
		return entries(jdbc.sql("select null as record, " + COUNT_COLUMNS + " where a.id = ? order by a.rev")
			.param(id)
			.query()
			.listOfRows());
	}

	/**
	 * A facility's own revisions, its aliases and the revisions of every figure reported for it,
	 * newest first, in one statement.
	 */
	@Transactional(readOnly = true)
	public List<History.Entry> ofFacility(long id) {
		List<Map<String, Object>> rows = jdbc.sql("""
				select 'facility' as record, a.rev, r.timestamp as at, r.username, a.revtype, a.id as record_id,
				       a.name, a.slug, a.kind, a.country_code, a.admin1, a.latitude, a.longitude,
				       a.coordinate_precision, p.name as parent, a.description, a.status,
				       null as alias_added, null as alias_removed,
				       null::text as facility, null::text as cohort, null::text as custody_holder, null::int as value,
				       null as qualifier, null::int as value_high, null::date as as_of, null as as_of_precision,
				       null::text as source, null as speaker, null as quote, null as count_status, null as retraction_reason
				from facility_aud a join revision r on r.id = a.rev left join facility p on p.id = a.parent_id
				where a.id = :id
				union all
				select 'facility', l.rev, r.timestamp, r.username, 1, l.facility_id,
				       null, null, null, null, null, null, null, null, null, null, null,
				       case when l.revtype = 0 then l.name end, case when l.revtype = 2 then l.name end,
				       null, null, null, null, null, null, null, null, null, null, null, null, null
				from facility_alias_aud l join revision r on r.id = l.rev
				where l.facility_id = :id and l.revtype in (0, 2)
				  and l.rev <> (select min(rev) from facility_aud where id = :id)
				union all
				select 'count', a.rev, r.timestamp, r.username, a.revtype, a.id,
				       null, null, null, null, null, null, null, null, null, null, null, null, null,
				       f.name, c.name, h.name, a.value, a.qualifier, a.value_high, a.as_of, a.as_of_precision,
				       s.outlet || ': ' || s.title, a.speaker, a.quote, a.status, a.retraction_reason
				from reported_count_aud a join revision r on r.id = a.rev
				left join facility f on f.id = a.facility_id
				left join cohort c on c.id = a.cohort_id
				left join custody_holder h on h.id = a.custody_holder_id
				left join source s on s.id = a.source_id
				where a.facility_id = :id
				order by rev, record""").param("id", id).query().listOfRows();
		return entries(rows);
	}

	/**
	 * A movement's own revisions and those of its reports (including reports that belonged to a
	 * movement merged into it), newest first, in one statement.
	 */
	@Transactional(readOnly = true)
	public List<History.Entry> ofMovement(long id) {
		List<Map<String, Object>> rows = jdbc.sql("""
				select 'movement' as record, a.rev, r.timestamp as at, r.username, a.revtype, a.id as record_id,
				       a.kind, f.name as from_facility, t.name as to_facility, c.name as cohort,
				       a.started_on, a.started_precision, a.ended_on, a.ended_precision, o.name as operator, a.status,
				       null::int as value, null as qualifier, null::int as value_high, null as tally,
				       null::text as source, null as speaker, null as quote
				from movement_aud a join revision r on r.id = a.rev
				left join facility f on f.id = a.from_facility_id
				left join facility t on t.id = a.to_facility_id
				left join cohort c on c.id = a.cohort_id
				left join custody_holder o on o.id = a.operator_id
				where a.id = :id
				union all
				select 'report', a.rev, r.timestamp, r.username, a.revtype, a.id,
				       null, null, null, null, null, null, null, null, null, null,
				       a.value, a.qualifier, a.value_high, a.tally, s.outlet || ': ' || s.title, a.speaker, a.quote
				from movement_report_aud a join revision r on r.id = a.rev
				left join source s on s.id = a.source_id
				where a.id in (select x.id from movement_report_aud x where x.movement_id = :id)
				order by rev, record""").param("id", id).query().listOfRows();
		return entries(rows);
	}

	/** Every revision of one custody period, newest first, with the names of what it refers to. */
	@Transactional(readOnly = true)
	public List<History.Entry> ofCustodyPeriod(long id) {
		return entries(jdbc.sql("""
				select null as record, a.rev, r.timestamp as at, r.username, a.revtype, a.id as record_id,
				       f.name as facility, h.name as custody_holder, a.started_on, a.started_precision, a.ended_on,
				       a.ended_precision, s.outlet || ': ' || s.title as source, a.note
				from custody_period_aud a join revision r on r.id = a.rev
				left join facility f on f.id = a.facility_id
				left join custody_holder h on h.id = a.holder_id
				left join source s on s.id = a.source_id
				where a.id = ? order by a.rev""").param(id).query().listOfRows());
	}

	/** Every revision of one cohort, newest first. */
	@Transactional(readOnly = true)
	public List<History.Entry> ofCohort(long id) {
		return entries(jdbc.sql("""
				select null as record, a.rev, r.timestamp as at, r.username, a.revtype, a.id as record_id,
				       a.name, a.slug, p.name as parent, a.description
				from cohort_aud a join revision r on r.id = a.rev
				left join cohort p on p.id = a.parent_id
				where a.id = ? order by a.rev""").param(id).query().listOfRows());
	}

	/**
	 * Turns audit rows (oldest first) into entries (newest first). Rows of the same record are
	 * compared field by field; alias rows carry their own change and are merged into the revision.
	 */
	static List<History.Entry> entries(List<Map<String, Object>> rows) {
		Map<String, Map<String, Object>> previous = new HashMap<>();
		Map<String, History.Entry> byRevisionAndRecord = new LinkedHashMap<>();
		for (Map<String, Object> row : rows) {
			String record = row.get("record") == null ? "record" : row.get("record").toString();
			String key = record + ":" + row.get("record_id");
			String entryKey = row.get("rev") + ":" + key;
			Map<String, Object> fields = fieldsOf(row);
			List<History.Change> changes = new ArrayList<>();
			History.Kind kind = kind(((Number) row.get("revtype")).intValue());
			if (fields.containsKey("alias_added") || fields.containsKey("alias_removed")) {
				if (fields.get("alias_added") != null || fields.get("alias_removed") != null) {
					changes.add(new History.Change("aliases", fields.get("alias_removed"), fields.get("alias_added")));
				}
				fields.remove("alias_added");
				fields.remove("alias_removed");
			}
			boolean aliasOnly = fields.values().stream().allMatch(Objects::isNull) && !changes.isEmpty();
			if (!aliasOnly && kind == History.Kind.CHANGED && previous.containsKey(key)) {
				Map<String, Object> before = previous.get(key);
				fields.forEach((field, value) -> {
					if (!Objects.equals(normalize(before.get(field)), normalize(value))) {
						changes.add(new History.Change(field, before.get(field), value));
					}
				});
			}
			if (!aliasOnly) {
				previous.put(key, fields);
			}
			History.Entry existing = byRevisionAndRecord.get(entryKey);
			if (existing != null) {
				existing.changes().addAll(changes);
			}
			else {
				byRevisionAndRecord.put(entryKey,
						new History.Entry(((Number) row.get("rev")).longValue(),
								Instant.ofEpochMilli(((Number) row.get("at")).longValue()), (String) row.get("username"),
								aliasOnly ? History.Kind.CHANGED : kind, record + " " + row.get("record_id"), changes));
			}
		}
		List<History.Entry> entries = new ArrayList<>(byRevisionAndRecord.values());
		entries.removeIf(e -> e.kind() == History.Kind.CHANGED && e.changes().isEmpty());
		entries.sort(Comparator.comparingLong(History.Entry::revision).reversed());
		return entries;
	}

	private static Map<String, Object> fieldsOf(Map<String, Object> row) {
		Map<String, Object> fields = new LinkedHashMap<>();
		row.forEach((column, value) -> {
			if (!META.contains(column)) {
				fields.put(column, value);
			}
		});
		// columns that belong to the other kind of record in a union stay null on both sides
		return fields;
	}

	private static Object normalize(Object value) {
		return value instanceof java.math.BigDecimal number ? number.stripTrailingZeros() : value;
	}

	private static History.Kind kind(int revtype) {
		return switch (revtype) {
			case 0 -> History.Kind.CREATED;
			case 2 -> History.Kind.DELETED;
			default -> History.Kind.CHANGED;
		};
	}

}
