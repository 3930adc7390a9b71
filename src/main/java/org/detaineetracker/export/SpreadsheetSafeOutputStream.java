package org.detaineetracker.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Makes a stream of RFC 4180 CSV (as PostgreSQL's {@code COPY ... (FORMAT csv)} writes it) safe to
 * open in a spreadsheet, on the fly and in constant memory.
 * <p>
 * A text cell whose value begins with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage
 * return would be read as a formula by Excel, LibreOffice or Google Sheets (OWASP "CSV injection"),
 * so it gets a {@code '} in front. So does a value that already begins with {@code '}, which makes
 * the rule reversible: to recover any text value, remove one leading {@code '} if there is one.
 * Cells of numeric columns are left alone: the database wrote them as plain numbers
 * ({@code -75.12345}), which no spreadsheet evaluates, and GIS and HXL tools need them numeric.
 * <p>
 * Rows end in CRLF as RFC 4180 asks (PostgreSQL ends them in LF); line breaks inside quoted values
 * are data and stay as they are. The filter works byte by byte, which is safe in UTF-8 because
 * every byte it looks for is ASCII and never part of a multi-byte character. Input may arrive in
 * chunks of any size: the state carries over between writes.
 */
class SpreadsheetSafeOutputStream extends OutputStream {

	private static final int CELL_START = 0;

	private static final int UNQUOTED = 1;

	private static final int QUOTED_START = 2;

	private static final int QUOTED = 3;

	/** A double quote inside a quoted cell: either the first half of {@code ""} or the closing quote. */
	private static final int QUOTED_QUOTE = 4;

	private final OutputStream out;

	private final boolean[] numericColumns;

	private final byte[] buffer = new byte[64 * 1024];

	private int buffered;

	private int state = CELL_START;

	private int column;

	private long rows;

	/**
	 * @param numericColumns for each column, whether it holds numbers only (never escaped); columns
	 *     beyond the array's end are text
	 */
	SpreadsheetSafeOutputStream(OutputStream out, boolean[] numericColumns) {
		this.out = out;
		this.numericColumns = numericColumns.clone();
	}

	/** Whether a value beginning with this character must be prefixed with {@code '}. */
	static boolean needsPrefix(int firstCharacter) {
		return switch (firstCharacter) {
			case '=', '+', '-', '@', '\t', '\r', '\'' -> true;
			default -> false;
		};
	}

	/** Rows completed so far (each ended by a line break outside quotes). */
	long rows() {
		return rows;
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		int end = offset + length;
		for (int i = offset; i < end; i++) {
			byte b = bytes[i];
			switch (state) {
				case CELL_START -> {
					if (b == ',') {
						put(b);
						column++;
					}
					else if (b == '\n') {
						endRow();
					}
					else if (b == '\r') {
						// part of a CRLF row end; rows are ended in CRLF at the LF
					}
					else if (b == '"') {
						put(b);
						state = QUOTED_START;
					}
					else {
						if (!isNumeric() && needsPrefix(b)) {
							put((byte) '\'');
						}
						put(b);
						state = UNQUOTED;
					}
				}
				case UNQUOTED -> {
					// Most bytes are plain text: copy the run up to the next one that matters in one go.
					int run = i;
					while (run < end && bytes[run] != ',' && bytes[run] != '\n' && bytes[run] != '\r') {
						run++;
					}
					if (run > i) {
						put(bytes, i, run);
						i = run - 1;
						continue;
					}
					if (b == ',') {
						put(b);
						column++;
						state = CELL_START;
					}
					else if (b == '\n') {
						endRow();
					}
					else if (b != '\r') {
						put(b);
					}
				}
				case QUOTED_START -> {
					// A first '"' is an escaped quote or the end of an empty value: neither needs a prefix.
					if (b != '"' && !isNumeric() && needsPrefix(b)) {
						put((byte) '\'');
					}
					put(b);
					state = b == '"' ? QUOTED_QUOTE : QUOTED;
				}
				case QUOTED -> {
					int run = i;
					while (run < end && bytes[run] != '"') {
						run++;
					}
					if (run > i) {
						put(bytes, i, run);
						i = run - 1;
						continue;
					}
					put(b);
					state = QUOTED_QUOTE;
				}
				case QUOTED_QUOTE -> {
					if (b == '"') {
						put(b);
						state = QUOTED;
					}
					else if (b == ',') {
						put(b);
						column++;
						state = CELL_START;
					}
					else if (b == '\n') {
						endRow();
					}
					else if (b != '\r') {
						// Not valid CSV (text after a closing quote); PostgreSQL never writes it. Pass it on.
						put(b);
						state = UNQUOTED;
					}
				}
				default -> throw new IllegalStateException("unknown state " + state);
			}
		}
	}

	private boolean isNumeric() {
		return column < numericColumns.length && numericColumns[column];
	}

	private void endRow() throws IOException {
		put((byte) '\r');
		put((byte) '\n');
		column = 0;
		rows++;
		state = CELL_START;
	}

	private void put(byte b) throws IOException {
		if (buffered == buffer.length) {
			drain();
		}
		buffer[buffered++] = b;
	}

	private void put(byte[] bytes, int from, int to) throws IOException {
		while (from < to) {
			if (buffered == buffer.length) {
				drain();
			}
			int length = Math.min(to - from, buffer.length - buffered);
			System.arraycopy(bytes, from, buffer, buffered, length);
			buffered += length;
			from += length;
		}
	}

	private void drain() throws IOException {
		if (buffered > 0) {
			out.write(buffer, 0, buffered);
			buffered = 0;
		}
	}

	@Override
	public void flush() throws IOException {
		drain();
		out.flush();
	}

	/** Flushes what is buffered; the underlying stream belongs to the caller and stays open. */
	@Override
	public void close() throws IOException {
		flush();
	}

}
