package org.detaineetracker.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A gzip answer written from pieces (RFC 1951 and 1952): a piece kept between requests is
 * compressed once, ending on a full flush so that it refers to nothing before it and may be followed
 * by anything; what differs per request goes between such pieces as stored blocks, never compressed.
 * Sending a kept page compressed then costs a checksum, not a deflate. And since no per-request value
 * (the reader's name, the CSRF token) is ever compressed together with other text, the length of the
 * answer says nothing about it, which is what the BREACH attack on compressed pages reads.
 */
public final class SplicedGzip {

	/** A piece of the answer: its bytes, and their deflated form if it is kept (null: sent stored). */
	record Piece(byte[] plain, byte[] deflated) {

		static Piece stored(byte[] plain) {
			return new Piece(plain, null);
		}

		long length() {
			return deflated != null ? deflated.length : storedLength(plain.length);
		}

	}

	/** Magic, deflate, no flags, no time, no extra flags, unknown system. */
	private static final byte[] HEADER = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff };

	/** An empty stored block marked final. */
	private static final byte[] LAST_BLOCK = { 1, 0, 0, (byte) 0xff, (byte) 0xff };

	private static final int MAX_STORED = 65_535;

	private SplicedGzip() {
	}

	/** Raw deflate of the bytes, ending byte-aligned on a full flush: a piece that stands alone. */
	static byte[] deflated(byte[] bytes) {
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
		try {
			deflater.setInput(bytes);
			ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
			byte[] buffer = new byte[16_384];
			int written;
			do {
				// A full flush that fills the buffer may have more to write (Deflater's contract).
				written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
				out.write(buffer, 0, written);
			}
			while (written == buffer.length);
			return out.toByteArray();
		}
		finally {
			deflater.end();
		}
	}

	/** A whole answer compressed once, to be kept beside its bytes: an API answer, a static asset. */
	public static byte[] gzip(byte[] plain) {
		List<Piece> whole = List.of(new Piece(plain, deflated(plain)));
		ByteArrayOutputStream out = new ByteArrayOutputStream((int) length(whole));
		try {
			write(whole, out);
		}
		catch (IOException inMemory) {
			throw new UncheckedIOException(inMemory);
		}
		return out.toByteArray();
	}

	/** Bytes of the whole answer, for its Content-Length. */
	static long length(List<Piece> pieces) {
		long length = HEADER.length + LAST_BLOCK.length + 8;
		for (Piece piece : pieces) {
			length += piece.length();
		}
		return length;
	}

	static void write(List<Piece> pieces, OutputStream out) throws IOException {
		CRC32 crc = new CRC32();
		long size = 0;
		out.write(HEADER);
		for (Piece piece : pieces) {
			crc.update(piece.plain());
			size += piece.plain().length;
			if (piece.deflated() != null) {
				out.write(piece.deflated());
			}
			else {
				writeStored(piece.plain(), out);
			}
		}
		out.write(LAST_BLOCK);
		writeInt((int) crc.getValue(), out);
		writeInt((int) size, out); // ISIZE is the length modulo 2^32
	}

	/**
	 * Whether the request accepts gzip: listed (or "*"), and not with q=0. Browsers all send it;
	 * a client that sends no Accept-Encoding, as most scripts, gets the page as it is.
	 */
	public static boolean accepted(HttpServletRequest request) {
		var headers = request.getHeaders("Accept-Encoding");
		while (headers != null && headers.hasMoreElements()) {
			for (String coding : headers.nextElement().split(",")) {
				String[] parts = coding.split(";");
				String name = parts[0].trim().toLowerCase(Locale.ROOT);
				if ((name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) && !refused(parts)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean refused(String[] parameters) {
		for (int i = 1; i < parameters.length; i++) {
			String parameter = parameters[i].trim().toLowerCase(Locale.ROOT);
			if (parameter.startsWith("q=")) {
				try {
					return Double.parseDouble(parameter.substring(2)) <= 0;
				}
				catch (NumberFormatException unreadable) {
					return true;
				}
			}
		}
		return false;
	}

	private static long storedLength(int length) {
		return length + 5L * ((length + MAX_STORED - 1) / MAX_STORED);
	}

	/** Non-final stored blocks of at most 65,535 bytes; the stream is byte-aligned between pieces. */
	private static void writeStored(byte[] bytes, OutputStream out) throws IOException {
		for (int from = 0; from < bytes.length; from += MAX_STORED) {
			int length = Math.min(MAX_STORED, bytes.length - from);
			out.write(0);
			out.write(length & 0xff);
			out.write(length >>> 8);
			out.write(~length & 0xff);
			out.write((~length >>> 8) & 0xff);
			out.write(bytes, from, length);
		}
	}

	private static void writeInt(int value, OutputStream out) throws IOException {
		out.write(value & 0xff);
		out.write((value >>> 8) & 0xff);
		out.write((value >>> 16) & 0xff);
		out.write((value >>> 24) & 0xff);
	}

}
