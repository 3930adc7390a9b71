package org.detaineetracker.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the file's columns holds each field a record is read from. The fields are named as the
 * exports name their columns, so an exported file maps itself; an editor's own file is mapped on
 * the import's page. A file of movements is told apart by its column of where people were moved from.
 *
 * @param movements whether the rows are reports of movements (else reported figures)
 */
public record Mapping(Map<String, String> columns, boolean movements) {

	/** A figure's fields, in the order the mapping form lists them. */
	static final List<String> FIELDS = List.of("facility_slug", "facility_name", "cohort_slug", "cohort_name", "value",
			"qualifier", "value_high", "as_of", "as_of_precision", "custody_holder_slug", "custody_holder_name",
			"source_outlet", "source_title", "source_url", "source_kind", "source_published_on",
			"source_published_precision", "cites_source_outlet", "cites_source_title", "cites_source_kind",
			"cites_source_published_on", "cites_source_published_precision", "speaker", "quote", "status",
			"retraction_reason", "retracted_at", "facility_kind", "country_iso2", "admin1", "latitude", "longitude",
			"coordinate_precision");

	/** A movement's fields, as the movements export names its columns: one row per source's report. */
	static final List<String> MOVEMENT_FIELDS = List.of("kind", "from_facility_slug", "from_facility_name",
			"to_facility_slug", "to_facility_name", "cohort_slug", "cohort_name", "value", "qualifier", "value_high",
			"started_on", "started_precision", "ended_on", "ended_precision", "operator_slug", "operator_name", "status",
			"tally", "source_outlet", "source_title", "source_url", "source_kind", "source_published_on",
			"source_published_precision", "cites_source_outlet", "cites_source_title", "cites_source_kind",
			"cites_source_published_on", "cites_source_published_precision", "speaker", "quote");

	/** Each a list of alternatives, one of which must be mapped. */
	static final List<List<String>> REQUIRED = List.of(List.of("facility_slug", "facility_name"),
			List.of("cohort_slug", "cohort_name"), List.of("value"), List.of("qualifier"), List.of("as_of"),
			List.of("source_outlet"), List.of("source_title"), List.of("speaker"));

	static final List<List<String>> MOVEMENT_REQUIRED = List.of(List.of("kind"),
			List.of("from_facility_slug", "from_facility_name"), List.of("cohort_slug", "cohort_name"), List.of("value"),
			List.of("qualifier"), List.of("status"), List.of("tally"), List.of("source_outlet"), List.of("source_title"),
			List.of("speaker"));

	/** The fields mapped to the columns of the same name. */
	public static Mapping byName(List<String> fileColumns) {
		boolean movements = fileColumns.contains("from_facility_slug") || fileColumns.contains("from_facility_name");
		Map<String, String> columns = new LinkedHashMap<>();
		for (String field : movements ? MOVEMENT_FIELDS : FIELDS) {
			if (fileColumns.contains(field)) {
				columns.put(field, field);
			}
		}
		return new Mapping(columns, movements);
	}

	/** The fields of this kind of file, in the order the mapping form lists them. */
	public List<String> fields() {
		return movements ? MOVEMENT_FIELDS : FIELDS;
	}

	/** The fields that must be mapped, each of their alternatives. */
	public List<String> requiredFields() {
		return (movements ? MOVEMENT_REQUIRED : REQUIRED).stream().flatMap(List::stream).toList();
	}

	/** The column of a field, or null. */
	public String column(String field) {
		return columns.get(field);
	}

	/** The required fields no column is given for, as "facility_slug or facility_name". */
	public List<String> missing() {
		return (movements ? MOVEMENT_REQUIRED : REQUIRED).stream()
			.filter(choices -> choices.stream().noneMatch(columns::containsKey))
			.map(choices -> String.join(" or ", choices))
			.toList();
	}

}
