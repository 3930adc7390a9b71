package org.detaineetracker.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spreadsheet-safety filter on CSV as PostgreSQL writes it, cell by cell and in bulk. */
class SpreadsheetSafeOutputStreamTest {

	/** Column 1 (0-based) is numeric in these tests, as latitude is in the exports. */
	private static final boolean[] NUMERIC = { false, true, false };

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			=1+1,2,x                 | '=1+1,2,x
			+1,2,x                   | '+1,2,x
			-1,2,x                   | '-1,2,x
			@SUM(A1),2,x             | '@SUM(A1),2,x
			'quoted,2,x              | ''quoted,2,x
			plain,2,x                | plain,2,x
			plain,-75.12345,=x       | plain,-75.12345,'=x
			"=a,b",2,"-c"            | "'=a,b",2,"'-c"
			\"\"\"=a\",2,x           | \"\"\"=a\",2,x
			"",,                     | "",,
			x,2,a-b                  | x,2,a-b
			""")
	void escapesCellsThatBeginLikeAFormula(String input, String expected) throws IOException {
		assertThat(filter(input.replace("\\\"", "\"") + "\n", 1000)).isEqualTo(expected.replace("\\\"", "\"") + "\r\n");
	}

	@Test
	void tabsAndCarriageReturnsAtTheStartOfACellAreEscapedToo() throws IOException {
		assertThat(filter("\tx,1,y\n", 1000)).isEqualTo("'\tx,1,y\r\n");
		assertThat(filter("\"\rx\",1,y\n", 1000)).isEqualTo("\"'\rx\",1,y\r\n");
	}

	@Test
	void lineBreaksInsideQuotedValuesAreDataAndRowsEndInCrLf() throws IOException {
		assertThat(filter("\"a\nb\",1,c\nd,2,e\n", 1000)).isEqualTo("\"a\nb\",1,c\r\nd,2,e\r\n");
	}

	@Test
	void countsRows() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SpreadsheetSafeOutputStream csv = new SpreadsheetSafeOutputStream(out, NUMERIC);
		csv.write("a,1,b\n\"x\ny\",2,z\n".getBytes(StandardCharsets.UTF_8));
		assertThat(csv.rows()).isEqualTo(2);
	}

	/**
	 * 10,000 random values, written as CSV the way PostgreSQL writes it (or quoted when they need
	 * not be, as other writers do), fed to the filter in random chunks: no text cell comes out
	 * beginning like a formula, and every value comes back by removing one leading apostrophe.
	 */
	@Test
	void tenThousandRandomValuesComeOutSafeAndRecoverable() throws IOException {
		RandomCells random = new RandomCells(20261121L);
		List<String[]> rows = new ArrayList<>();
		StringBuilder csv = new StringBuilder();
		for (int i = 0; i < 5000; i++) {
			String[] row = { random.next(), random.nextCoordinate(), random.next() };
			rows.add(row);
			csv.append(cell(row[0], i % 7 == 0)).append(',').append(row[1]).append(',').append(cell(row[2], false))
				.append('\n');
		}

		List<CSVRecord> records = parse(filterInChunks(csv.toString(), random));

		assertThat(records).hasSize(rows.size());
		int escaped = 0;
		for (int i = 0; i < rows.size(); i++) {
			CSVRecord record = records.get(i);
			for (int column : new int[] { 0, 2 }) {
				String cell = record.get(column);
				assertThat(RandomCells.beginsLikeAFormula(cell)).as("cell %s of row %s: %s", column, i, cell).isFalse();
				assertThat(RandomCells.unescape(cell)).isEqualTo(rows.get(i)[column]);
				escaped += cell.equals(rows.get(i)[column]) ? 0 : 1;
			}
			assertThat(record.get(1)).as("a number stays a number").isEqualTo(rows.get(i)[1]);
		}
		assertThat(escaped).as("the generator produced values that needed escaping").isGreaterThan(1000);
	}

	/** PostgreSQL's CSV quoting: quotes when the value holds a comma, quote or line break, or is empty. */
	static String cell(String value, boolean alwaysQuote) {
		boolean quote = alwaysQuote || value.isEmpty() || value.indexOf(',') >= 0 || value.indexOf('"') >= 0
				|| value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
		return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	static List<CSVRecord> parse(String csv) throws IOException {
		return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
	}

	private static String filter(String csv, int chunk) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetSafeOutputStream filter = new SpreadsheetSafeOutputStream(out, NUMERIC)) {
			byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < bytes.length; i += chunk) {
				filter.write(bytes, i, Math.min(chunk, bytes.length - i));
			}
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Chunk boundaries fall anywhere, inside quotes and inside multi-byte characters. */
	private static String filterInChunks(String csv, RandomCells random) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetSafeOutputStream filter = new SpreadsheetSafeOutputStream(out, NUMERIC)) {
			byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
			int i = 0;
			while (i < bytes.length) {
				int length = Math.min(random.nextChunk(64), bytes.length - i);
				filter.write(bytes, i, length);
				i += length;
			}
		}
		return out.toString(StandardCharsets.UTF_8);
	}

}
