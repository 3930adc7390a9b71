package org.detaineetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Kept pieces deflated once and per-request pieces stored make one gzip stream any reader inflates. */
class SplicedGzipTest {

	@Test
	void keptAndStoredPiecesInflateToTheirConcatenationInOrder() throws IOException {
		Random random = new Random(20261205);
		for (int round = 0; round < 50; round++) {
			List<SplicedGzip.Piece> pieces = new ArrayList<>();
			ByteArrayOutputStream expected = new ByteArrayOutputStream();
			int count = random.nextInt(7);
			for (int i = 0; i < count; i++) {
				// Text that repeats (compresses), random bytes (does not), empty pieces, and pieces over
				// one stored block's 65,535 bytes.
				byte[] plain = switch (random.nextInt(4)) {
					case 0 -> "<tr><td>between 8,297 and 8,441</td></tr>\n".repeat(random.nextInt(3000))
						.getBytes(StandardCharsets.UTF_8);
					case 1 -> {
						byte[] noise = new byte[random.nextInt(140_000)];
						random.nextBytes(noise);
						yield noise;
					}
					case 2 -> new byte[0];
					default -> ("kept-token-" + round + "-" + i).getBytes(StandardCharsets.UTF_8);
				};
				expected.write(plain);
				pieces.add(random.nextBoolean() ? new SplicedGzip.Piece(plain, SplicedGzip.deflated(plain))
						: SplicedGzip.Piece.stored(plain));
			}
			ByteArrayOutputStream sent = new ByteArrayOutputStream();
			SplicedGzip.write(pieces, sent);

			assertThat(sent.size()).isEqualTo(SplicedGzip.length(pieces));
			assertThat(inflate(sent.toByteArray())).isEqualTo(expected.toByteArray());
		}
	}

	@Test
	void aKeptPageShrinksAndWhatIsStoredIsNeverCompressedWithIt() throws IOException {
		byte[] page = "<li>between 19,447 and 19,591 of a sub-cohort + 5 moved in</li>\n".repeat(2_000)
			.getBytes(StandardCharsets.UTF_8);
		byte[] token = "a-csrf-token-0123456789".getBytes(StandardCharsets.UTF_8);
		List<SplicedGzip.Piece> pieces = List.of(new SplicedGzip.Piece(page, SplicedGzip.deflated(page)),
				SplicedGzip.Piece.stored(token), new SplicedGzip.Piece(page, SplicedGzip.deflated(page)));
		ByteArrayOutputStream sent = new ByteArrayOutputStream();
		SplicedGzip.write(pieces, sent);

		assertThat(sent.size()).isLessThan(2 * page.length / 20);
		// The token travels as it is: the answer's length cannot depend on how it matches the page.
		assertThat(new String(sent.toByteArray(), StandardCharsets.ISO_8859_1)).contains("a-csrf-token-0123456789");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "gzip, deflate, br, zstd|true", "GZIP|true", "br;q=1.0, gzip;q=0.8|true",
			"*|true", "gzip;q=0|false", "gzip;q=0.0, identity|false", "identity|false", "deflate, br|false",
			"gzip;q=nonsense|false" })
	void gzipIsSentOnlyWhereItIsAccepted(String acceptEncoding, boolean accepted) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Encoding", acceptEncoding);
		assertThat(SplicedGzip.accepted(request)).isEqualTo(accepted);
	}

	@Test
	void aRequestWithoutAcceptEncodingGetsNoGzip() {
		assertThat(SplicedGzip.accepted(new MockHttpServletRequest())).isFalse();
	}

	private static byte[] inflate(byte[] gzip) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			return in.readAllBytes();
		}
	}

}
