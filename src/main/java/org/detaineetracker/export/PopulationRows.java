package org.detaineetracker.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.population.PlaceEstimate;
import org.detaineetracker.population.PopulationHistory;
import org.detaineetracker.population.Range;

/**
 * The rows of the populations export: every facility's and group's estimate per cohort on the
 * date, as known on it, from the population model's whole picture (the dashboard's). Written as
 * RFC 4180 CSV like PostgreSQL's COPY writes the other exports (a cell quoted only when it must
 * be, an empty cell for unknown), and passed through the same {@link SpreadsheetSafeOutputStream}.
 * Lists of ids and holders are joined with "; ".
 */
@Component
class PopulationRows {

	private final PopulationHistory population;

	PopulationRows(PopulationHistory population) {
		this.population = population;
	}

	long write(Export export, LocalDate knownOn, boolean hxl, OutputStream out, CsvExporter.RowCounter rowsWritten)
			throws IOException {
		List<PlaceEstimate> estimates = population.estimates(new KnownOn(knownOn));
		SpreadsheetSafeOutputStream csv = new SpreadsheetSafeOutputStream(out, export.numericColumns());
		out.write(export.headerRow().getBytes(StandardCharsets.UTF_8));
		if (hxl) {
			out.write(export.hxlRow().getBytes(StandardCharsets.UTF_8));
		}
		for (PlaceEstimate e : estimates) {
			List<String> cells = new ArrayList<>();
			cells.add(String.valueOf(e.place().id()));
			cells.add(e.place().slug());
			cells.add(e.place().name());
			cells.add(e.place().group() ? "GROUP" : "SITE");
			cells.add(e.place().country());
			cells.add(e.cohortSlug());
			cells.add(e.cohortName());
			cells.add(e.date().toString());
			cells.add(String.valueOf(e.range().lower()));
			cells.add(upper(e.range()));
			cells.add(e.notAttributed() == null ? null : String.valueOf(e.notAttributed().lower()));
			cells.add(e.notAttributed() == null ? null : upper(e.notAttributed()));
			cells.add(String.valueOf(e.conflict()));
			// As the other exports write a partial date: its first day, and how much of it the source gave.
			cells.add(e.newestEvidence() == null ? null : e.newestEvidence().first().toString());
			cells.add(e.newestEvidence() == null ? null
					: e.newestEvidence().precision().map(Enum::name).orElse(null));
			cells.add(joined(e.holderSlugs()));
			cells.add(joined(e.holderNames()));
			cells.add(joined(e.holderCountries()));
			cells.add(joined(e.reportIds()));
			cells.add(joined(e.movementIds()));
			byte[] row = (cells.stream().map(PopulationRows::cell).collect(Collectors.joining(",")) + "\r\n")
				.getBytes(StandardCharsets.UTF_8);
			csv.write(row, 0, row.length);
			rowsWritten.sent(csv.rows());
		}
		csv.flush();
		return csv.rows();
	}

	private static String upper(Range range) {
		return range.upper() == null ? null : String.valueOf(range.upper());
	}

	private static String joined(List<?> values) {
		return values.isEmpty() ? null : values.stream().map(String::valueOf).collect(Collectors.joining("; "));
	}

	/** As COPY writes a cell: empty for unknown, quoted when it holds a comma, a quote or a line break. */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		if (value.isEmpty() || value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
