package org.detaineetracker.export;

import static org.detaineetracker.export.Column.moment;
import static org.detaineetracker.export.Column.number;
import static org.detaineetracker.export.Column.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.detaineetracker.kernel.Countries;

/**
 * The CSV exports: what each holds, column by column, and the one query that fills it.
 * <p>
 * "Known on D" follows DESIGN.md, with the same SQL functions as the pages (V70): a movement or
 * custody period is known on D when its source is ({@code source_known_on}: from the publication
 * day, or the last day of the month or year a source is dated to), a reported count when its source
 * is and it was not retracted by the end of D, UTC ({@code count_known_on}). A count retracted
 * after D is included, with its later retraction in the status columns.
 */
enum Export {

	REPORTED_COUNTS("reported-counts", true, reportedCountColumns(), """
			reported_count r
			join source s on s.id = r.source_id
			join facility f on f.id = r.facility_id
			join cohort c on c.id = r.cohort_id
			left join custody_holder h on h.id = r.custody_holder_id
			left join source cs on cs.id = s.cites_id
			left join %s on iso.alpha2 = f.country_code""".formatted(CountryTable.sql("iso")),
			"count_known_on(s.known_from, r.retracted_at, %1$s)",
			"r.id"),

	FACILITIES("facilities", false, facilityColumns(), """
			facility f
			left join facility p on p.id = f.parent_id
			left join %s on iso.alpha2 = f.country_code""".formatted(CountryTable.sql("iso")), null, "f.id"),

	// One row per report of a movement: a transfer told by two outlets is one movement with two rows.
	MOVEMENTS("movements", true, movementColumns(), """
			movement_report r
			join movement m on m.id = r.movement_id
			join source s on s.id = r.source_id
			join facility ff on ff.id = m.from_facility_id
			left join facility tf on tf.id = m.to_facility_id
			join cohort c on c.id = m.cohort_id
			left join custody_holder o on o.id = m.operator_id
			left join source cs on cs.id = s.cites_id""", "source_known_on(s.known_from, %1$s)",
			"m.id, r.id"),

	CUSTODY_PERIODS("custody-periods", true, custodyPeriodColumns(), """
			custody_period cp
			join source s on s.id = cp.source_id
			join facility f on f.id = cp.facility_id
			join custody_holder h on h.id = cp.holder_id
			left join source cs on cs.id = s.cites_id
			left join %s on iso.alpha2 = h.country_code""".formatted(CountryTable.sql("iso")),
			"source_known_on(s.known_from, %1$s)", "cp.id"),

	/**
	 * Estimated populations on the date, one row per facility or group and cohort, computed by the
	 * population model rather than queried: {@link PopulationRows} writes its rows.
	 */
	POPULATIONS("populations", true, populationColumns(), null, null, null);

	/** The dates a "known on" filter can express; a literal outside them is not valid SQL. */
	static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

	static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private final String slug;

	private final boolean knownOnApplies;

	private final List<Column> columns;

	private final String from;

	private final String knownOnFilter;

	private final String orderBy;

	Export(String slug, boolean knownOnApplies, List<Column> columns, String from, String knownOnFilter,
			String orderBy) {
		this.slug = slug;
		this.knownOnApplies = knownOnApplies;
		this.columns = List.copyOf(columns);
		this.from = from;
		this.knownOnFilter = knownOnFilter;
		this.orderBy = orderBy;
	}

	static Optional<Export> bySlug(String slug) {
		return Arrays.stream(values()).filter(e -> e.slug.equals(slug)).findFirst();
	}

	String slug() {
		return slug;
	}

	/** Whether the export can be limited to what was known on a date (facilities have no source). */
	boolean knownOnApplies() {
		return knownOnApplies;
	}

	List<Column> columns() {
		return columns;
	}

	String headerRow() {
		return columns.stream().map(Column::header).collect(Collectors.joining(",")) + "\r\n";
	}

	String hxlRow() {
		return columns.stream().map(Column::hxl).collect(Collectors.joining(",")) + "\r\n";
	}

	boolean[] numericColumns() {
		boolean[] numeric = new boolean[columns.size()];
		for (int i = 0; i < numeric.length; i++) {
			numeric[i] = columns.get(i).numeric();
		}
		return numeric;
	}

	/**
	 * The query, on one line (so it can be logged and replayed with psql). COPY takes no bind
	 * parameters, so the date is written into it as a literal; it is a {@link LocalDate} between
	 * {@link #EARLIEST} and {@link #LATEST}, never text from the request.
	 * @param knownOn null for everything, whatever its source's date
	 */
	String select(LocalDate knownOn) {
		StringBuilder sql = new StringBuilder("select ")
			.append(columns.stream().map(Column::sql).collect(Collectors.joining(", ")))
			.append(" from ")
			.append(from);
		if (knownOn != null && knownOnApplies) {
			if (knownOn.isBefore(EARLIEST) || knownOn.isAfter(LATEST)) {
				throw new IllegalArgumentException("known-on date out of range: " + knownOn);
			}
			sql.append(" where ").append(knownOnFilter.formatted("date '" + knownOn + "'"));
		}
		sql.append(" order by ").append(orderBy);
		return sql.toString().replaceAll("\\s*\\R\\s*", " ");
	}

	/** Whether the rows are computed in the application rather than copied out of one query. */
	boolean isComputed() {
		return from == null;
	}

	String copy(LocalDate knownOn) {
		return "COPY (" + select(knownOn) + ") TO STDOUT WITH (FORMAT csv)";
	}

	/** Columns of {@link #POPULATIONS}: filled by {@link PopulationRows}, in this order; no SQL. */
	private static List<Column> populationColumns() {
		List<Column> columns = new ArrayList<>();
		columns.add(number("facility_id", "#loc +id", null));
		columns.add(text("facility_slug", "#loc +code", null));
		columns.add(text("facility_name", "#loc +name", null));
		columns.add(text("facility_kind", "#loc +type", null));
		columns.add(text("country_iso2", "#country +code +v_iso2", null));
		columns.add(text("cohort_slug", "#x_cohort +code", null));
		columns.add(text("cohort_name", "#x_cohort +name", null));
		columns.add(text("on_date", "#date", null));
		columns.add(number("lower", "#x_population +min", null));
		columns.add(number("upper", "#x_population +max", null));
		columns.add(number("not_attributed_lower", "#x_population +min +unattributed", null));
		columns.add(number("not_attributed_upper", "#x_population +max +unattributed", null));
		columns.add(text("conflict", "#x_conflict", null));
		columns.add(text("newest_evidence", "#date +evidence", null));
		columns.add(text("newest_evidence_precision", "#x_precision +evidence", null));
		columns.add(text("holder_slugs", "#org +code", null));
		columns.add(text("holder_names", "#org +name", null));
		columns.add(text("holder_country_iso2", "#country +code +holder", null));
		columns.add(text("report_ids", "#meta +report +id", null));
		columns.add(text("movement_ids", "#meta +movement +id", null));
		return columns;
	}

	private static List<Column> reportedCountColumns() {
		List<Column> columns = new ArrayList<>();
		columns.add(number("reported_count_id", "#meta +id", "r.id"));
		columns.addAll(facility("f", "r.facility_id"));
		columns.addAll(cohort("r.cohort_id"));
		columns.add(number("custody_holder_id", "#org +id", "r.custody_holder_id"));
		columns.add(text("custody_holder_slug", "#org +code", "h.slug"));
		columns.add(text("custody_holder_name", "#org +name", "h.name"));
		columns.add(number("value", "#population +ind", "r.value"));
		columns.add(text("qualifier", "#x_qualifier", "r.qualifier"));
		columns.add(number("value_high", "#x_population +high", "r.value_high"));
		columns.add(number("lower_bound", "#x_population +min", "r.lower_bound"));
		columns.add(number("upper_bound", "#x_population +max", "r.upper_bound"));
		columns.add(text("as_of", "#date", "r.as_of"));
		columns.add(text("as_of_precision", "#x_precision +date", "r.as_of_precision"));
		columns.addAll(source("r.source_id"));
		columns.add(text("speaker", "#meta +speaker +name", "r.speaker"));
		columns.add(text("quote", "#description +quote", "r.quote"));
		columns.add(text("status", "#status", "r.status"));
		columns.add(text("retraction_reason", "#description +retraction", "r.retraction_reason"));
		columns.add(moment("retracted_at", "#date +retracted", "r.retracted_at"));
		columns.add(moment("recorded_at", "#date +recorded", "r.recorded_at"));
		columns.add(text("recorded_by", "#meta +recorder +name", "r.recorded_by"));
		return columns;
	}

	private static List<Column> facilityColumns() {
		List<Column> columns = new ArrayList<>(facility("f", "f.id"));
		columns.add(text("aliases", "#loc +name +alias",
				"(select string_agg(a.name, '; ' order by a.name collate \"C\") from facility_alias a where a.facility_id = f.id)"));
		columns.add(number("parent_facility_id", "#loc +parent +id", "f.parent_id"));
		columns.add(text("parent_facility_slug", "#loc +parent +code", "p.slug"));
		columns.add(text("parent_facility_name", "#loc +parent +name", "p.name"));
		columns.add(text("status", "#status", "f.status"));
		columns.add(text("description", "#description", "f.description"));
		return columns;
	}

	private static List<Column> movementColumns() {
		List<Column> columns = new ArrayList<>();
		columns.add(number("movement_id", "#meta +id", "m.id"));
		columns.add(text("kind", "#x_movement +type", "m.kind"));
		columns.add(number("from_facility_id", "#loc +from +id", "m.from_facility_id"));
		columns.add(text("from_facility_slug", "#loc +from +code", "ff.slug"));
		columns.add(text("from_facility_name", "#loc +from +name", "ff.name"));
		columns.add(number("to_facility_id", "#loc +to +id", "m.to_facility_id"));
		columns.add(text("to_facility_slug", "#loc +to +code", "tf.slug"));
		columns.add(text("to_facility_name", "#loc +to +name", "tf.name"));
		columns.addAll(cohort("m.cohort_id"));
		columns.add(number("value", "#x_moved +ind", "r.value"));
		columns.add(text("qualifier", "#x_qualifier", "r.qualifier"));
		columns.add(number("value_high", "#x_moved +high", "r.value_high"));
		columns.add(number("lower_bound", "#x_moved +min", "r.lower_bound"));
		columns.add(number("upper_bound", "#x_moved +max", "r.upper_bound"));
		columns.add(text("started_on", "#date +start", "m.started_on"));
		columns.add(text("started_precision", "#x_precision +start", "m.started_precision"));
		columns.add(text("ended_on", "#date +end", "m.ended_on"));
		columns.add(text("ended_precision", "#x_precision +end", "m.ended_precision"));
		columns.add(number("operator_id", "#org +operator +id", "m.operator_id"));
		columns.add(text("operator_slug", "#org +operator +code", "o.slug"));
		columns.add(text("operator_name", "#org +operator +name", "o.name"));
		columns.add(text("status", "#status", "m.status"));
		columns.add(text("tally", "#x_tally", "r.tally"));
		columns.addAll(source("r.source_id"));
		columns.add(text("speaker", "#meta +speaker +name", "r.speaker"));
		columns.add(text("quote", "#description +quote", "r.quote"));
		return columns;
	}

	private static List<Column> custodyPeriodColumns() {
		List<Column> columns = new ArrayList<>();
		columns.add(number("custody_period_id", "#meta +id", "cp.id"));
		columns.add(number("facility_id", "#loc +id", "cp.facility_id"));
		columns.add(text("facility_slug", "#loc +code", "f.slug"));
		columns.add(text("facility_name", "#loc +name", "f.name"));
		columns.add(number("custody_holder_id", "#org +id", "cp.holder_id"));
		columns.add(text("custody_holder_slug", "#org +code", "h.slug"));
		columns.add(text("custody_holder_name", "#org +name", "h.name"));
		columns.add(text("custody_holder_kind", "#org +type", "h.kind"));
		columns.add(text("custody_holder_country_iso3", "#country +code +v_iso3", "iso.alpha3"));
		columns.add(text("started_on", "#date +start", "cp.started_on"));
		columns.add(text("started_precision", "#x_precision +start", "cp.started_precision"));
		columns.add(text("ended_on", "#date +end", "cp.ended_on"));
		columns.add(text("ended_precision", "#x_precision +end", "cp.ended_precision"));
		columns.addAll(source("cp.source_id"));
		columns.add(text("note", "#description +note", "cp.note"));
		return columns;
	}

	/** Where: the facility under alias {@code f}, with its country from the {@code iso} table. */
	private static List<Column> facility(String alias, String idSql) {
		return List.of(number("facility_id", "#loc +id", idSql),
				text("facility_slug", "#loc +code", alias + ".slug"),
				text("facility_name", "#loc +name", alias + ".name"),
				text("facility_kind", "#loc +type", alias + ".kind"),
				text("country_iso2", "#country +code +v_iso2", alias + ".country_code"),
				text("country_iso3", "#country +code +v_iso3", "iso.alpha3"),
				text("country_name", "#country +name", "iso.name"),
				text("admin1", "#adm1 +name", alias + ".admin1"),
				number("latitude", "#geo +lat", alias + ".latitude"),
				number("longitude", "#geo +lon", alias + ".longitude"),
				text("coordinate_precision", "#x_precision +geo", alias + ".coordinate_precision"));
	}

	/** Who is counted: the cohort under alias {@code c}. */
	private static List<Column> cohort(String idSql) {
		return List.of(number("cohort_id", "#x_cohort +id", idSql),
				text("cohort_slug", "#x_cohort +code", "c.slug"),
				text("cohort_name", "#x_cohort +name", "c.name"));
	}

	/** According to whom: the source under alias {@code s} and the source it repeats under {@code cs}. */
	private static List<Column> source(String idSql) {
		return List.of(number("source_id", "#meta +source +id", idSql),
				text("source_outlet", "#meta +source +name", "s.outlet"),
				text("source_title", "#meta +source +title", "s.title"),
				text("source_url", "#meta +url", "s.url"),
				text("source_kind", "#meta +source +type", "s.kind"),
				text("source_published_on", "#date +reported", "s.published_on"),
				text("source_published_precision", "#x_precision +reported", "s.published_precision"),
				text("source_known_from", "#date +known", "known_from(s.published_on, s.published_precision)"),
				number("cites_source_id", "#meta +cites +id", "s.cites_id"),
				text("cites_source_outlet", "#meta +cites +name", "cs.outlet"),
				text("cites_source_title", "#meta +cites +title", "cs.title"),
				text("cites_source_kind", "#meta +cites +type", "cs.kind"),
				text("cites_source_published_on", "#date +cites", "cs.published_on"),
				text("cites_source_published_precision", "#x_precision +cites", "cs.published_precision"));
	}

	/**
	 * ISO 3166-1 alpha-3 codes and English names for the alpha-2 codes the database stores, as an
	 * inline table built from the same JDK data as {@link Countries#alpha3}, so the database needs no
	 * copy of the standard.
	 */
	static final class CountryTable {

		private CountryTable() {
		}

		static String sql(String alias) {
			String rows = Arrays.stream(Locale.getISOCountries())
				.map(code -> "(" + literal(code) + ", " + literal(Countries.alpha3(code)) + ", "
						+ literal(new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH)) + ")")
				.collect(Collectors.joining(", "));
			return "(values " + rows + ") as " + alias + " (alpha2, alpha3, name)";
		}

		private static String literal(String value) {
			return "'" + value.replace("'", "''") + "'";
		}

	}

}
