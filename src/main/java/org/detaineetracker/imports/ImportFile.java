package org.detaineetracker.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file on disk, read one row at a time so that a file of any length needs the memory of one
 * row: its header, an optional HXL hashtag row under it, then the rows, each with the line it starts
 * on. A text cell that the export protected against spreadsheet formulas ({@code '=…}) gets its
 * one leading {@code '} back off, so an exported file imports as it was.
 */
final class ImportFile {

	/** A data row: its first line in the file, and its cells by column name. */
	record Row(long line, Map<String, String> cells) {

		String get(String column) {
			String value = column == null ? null : cells.get(column);
			return value == null || value.isBlank() ? null : value.strip();
		}

	}

	/** The file's columns and whether it has an HXL row. */
	record Header(List<String> columns, boolean hxl) {
	}

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	private ImportFile() {
	}

	static Header header(Path file) {
		try (Reader reader = reader(file); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw new Unreadable("The file is empty: it needs a header row with the column names.");
			}
			List<String> columns = new ArrayList<>();
			records.next().forEach(name -> columns.add(stripBom(name).strip()));
			boolean hxl = records.hasNext() && isHxl(records.next());
			return new Header(columns, hxl);
		}
		catch (IOException | UncheckedIOException e) {
			throw unreadable(e);
		}
	}

	/** Each data row in turn; stops early when {@code each} throws. */
	static void rows(Path file, Consumer<Row> each) {
		try (Reader reader = reader(file); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
			Iterator<CSVRecord> records = parser.iterator();
			List<String> columns = new ArrayList<>();
			records.next().forEach(name -> columns.add(stripBom(name).strip()));
			long lineAfter = parser.getCurrentLineNumber();
			boolean first = true;
			while (records.hasNext()) {
				CSVRecord record = records.next();
				long line = lineAfter + 1;
				lineAfter = parser.getCurrentLineNumber();
				if (first && isHxl(record)) {
					first = false;
					continue;
				}
				first = false;
				Map<String, String> cells = new LinkedHashMap<>();
				for (int i = 0; i < columns.size(); i++) {
					cells.put(columns.get(i), i < record.size() ? unprotect(record.get(i)) : null);
				}
				each.accept(new Row(line, cells));
			}
		}
		catch (IOException | UncheckedIOException e) {
			throw unreadable(e);
		}
	}

	/** How many data rows, for the progress bar: a quick pass that keeps nothing. */
	static long count(Path file) {
		long[] rows = { 0 };
		rows(file, row -> rows[0]++);
		return rows[0];
	}

	/** The HXL row: every filled cell a hashtag. */
	private static boolean isHxl(CSVRecord record) {
		boolean any = false;
		for (String cell : record) {
			if (cell.isBlank()) {
				continue;
			}
			if (!cell.strip().startsWith("#")) {
				return false;
			}
			any = true;
		}
		return any;
	}

	/** The export's guard against formulas, taken off again (SpreadsheetSafeOutputStream). */
	static String unprotect(String cell) {
		return cell.startsWith("'") ? cell.substring(1) : cell;
	}

	private static String stripBom(String name) {
		return name.startsWith("\uFEFF") ? name.substring(1) : name;
	}

	private static Reader reader(Path file) throws IOException {
		// bytes that are not UTF-8 are an error the editor is told about, not characters silently replaced
		return new InputStreamReader(Files.newInputStream(file),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

	private static Unreadable unreadable(Exception e) {
		Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
		if (cause instanceof CharacterCodingException) {
			return new Unreadable("The file is not UTF-8 text: save it as \"CSV UTF-8\" and upload it again.");
		}
		return new Unreadable("The file cannot be read as CSV: " + cause.getMessage());
	}

	/** A file that is not a CSV we can read, with the reason in the editor's words. */
	static final class Unreadable extends RuntimeException {

		Unreadable(String reason) {
			super(reason);
		}

	}

}
