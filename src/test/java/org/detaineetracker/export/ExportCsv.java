package org.detaineetracker.export;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A downloaded export parsed back: header, optional HXL row, and the rows by column name. */
record ExportCsv(List<String> header, List<String> hxl, List<Map<String, String>> rows) {

	static ExportCsv parse(String csv, boolean hxl) throws IOException {
		return parse(new StringReader(csv), hxl);
	}

	static ExportCsv parse(Reader csv, boolean hxl) throws IOException {
		List<CSVRecord> records = CSVFormat.RFC4180.parse(csv).getRecords();
		List<String> header = records.get(0).toList();
		int first = hxl ? 2 : 1;
		List<Map<String, String>> rows = records.subList(first, records.size()).stream().map(record -> {
			if (record.size() != header.size()) {
				throw new IllegalStateException("row " + record.getRecordNumber() + " has " + record.size()
						+ " cells, the header " + header.size());
			}
			Map<String, String> row = new java.util.LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), record.get(i));
			}
			return row;
		}).toList();
		return new ExportCsv(header, hxl ? records.get(1).toList() : List.of(), rows);
	}

	List<String> column(String name) {
		return rows.stream().map(row -> row.get(name)).toList();
	}

	/** Rows by the value of their id column. */
	Map<String, Map<String, String>> byId(String idColumn) {
		return rows.stream().collect(Collectors.toMap(row -> row.get(idColumn), Function.identity()));
	}

}
