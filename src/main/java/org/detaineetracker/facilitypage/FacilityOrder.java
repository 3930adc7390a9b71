package org.detaineetracker.facilitypage;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The order of the facilities index, read from {@code ?sort=column} or {@code ?sort=column,desc}.
 * Whatever the column, a group's sites stay beneath it, ordered among themselves by the same
 * column; ties, and the default, go by name (the V111 sort key).
 *
 * @param column what to order by
 * @param descending largest, newest or last letter first
 */
public record FacilityOrder(Column column, boolean descending) {

	/** The index's sortable columns, by the name a link carries. */
	public enum Column {

		NAME(false), KIND(false), COUNTRY(false), HOLDER(false),
		/** Most figures first on the first click: that is what someone sorting by it looks for. */
		FIGURES(true),
		/** Newest first on the first click. */
		LATEST(true);

		private final boolean descendingFirst;

		Column(boolean descendingFirst) {
			this.descendingFirst = descendingFirst;
		}

		public String parameter() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	public static final FacilityOrder BY_NAME = new FacilityOrder(Column.NAME, false);

	/** A blank value is the default order; anything that names no column is a 400 that lists them. */
	public static FacilityOrder parse(String sort) {
		if (sort == null || sort.isBlank()) {
			return BY_NAME;
		}
		String[] parts = sort.strip().split(",", -1);
		Column column = Arrays.stream(Column.values())
			.filter(c -> c.parameter().equalsIgnoreCase(parts[0].strip()))
			.findFirst()
			.orElse(null);
		String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "";
		if (column == null || parts.length > 2 || !(direction.isEmpty() || direction.equals("asc") || direction.equals("desc"))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Sort by one of "
					+ Arrays.stream(Column.values()).map(Column::parameter).collect(Collectors.joining(", "))
					+ ", optionally followed by ,asc or ,desc — not '" + sort + "'.");
		}
		return new FacilityOrder(column, direction.isEmpty() ? column.descendingFirst : direction.equals("desc"));
	}

	/** What a link on the column's heading asks for: the other direction here, the column's first elsewhere. */
	public FacilityOrder next(Column heading) {
		return heading == column ? new FacilityOrder(column, !descending) : new FacilityOrder(heading, heading.descendingFirst);
	}

	/** The value of {@code sort} in a link. */
	public String parameter() {
		return column.parameter() + (descending ? ",desc" : ",asc");
	}

	/** The {@code aria-sort} of the heading of the column a link names ({@code "figures"}). */
	public String ariaSort(String heading) {
		return ariaSort(Column.valueOf(heading.toUpperCase(Locale.ROOT)));
	}

	/** The heading's {@code aria-sort}. */
	public String ariaSort(Column heading) {
		return heading != column ? "none" : descending ? "descending" : "ascending";
	}

}
