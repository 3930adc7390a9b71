package org.detaineetracker.claim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.detaineetracker.claim.ClaimReader.Ref;
import org.detaineetracker.claim.ClaimReader.References;
import org.detaineetracker.claim.reading.Candidate;
import org.detaineetracker.claim.reading.ClaimKind;
import org.detaineetracker.claim.reading.Findings;
import org.detaineetracker.claim.reading.Passages;
import org.detaineetracker.kernel.FigureWords;
import org.detaineetracker.kernel.Passage;
import org.detaineetracker.kernel.Qualifier;
import org.detaineetracker.web.PassageSeal;
import org.detaineetracker.web.Problems;
import org.detaineetracker.web.Rules;

/**
 * The claim finder as JSON for editors' tools: POST the article as {@code text/plain} (UTF-8) and get
 * every candidate figure with its offsets into the text the finder read, which the answer includes.
 * Like every POST it needs the session's CSRF token, sent in the {@code X-CSRF-TOKEN} header (the
 * value of the {@code _csrf} field of any form page in the same session, such as /claims/new).
 *
 * <p>Refusals are JSON with a reason: 400 for an empty text, binary data or text that is not UTF-8,
 * 413 for more than {@link ClaimLimits#MAX_TEXT_CHARS} characters, 415 for another content type.
 */
@RestController
class ClaimsApiController {

	private static final Logger log = LoggerFactory.getLogger(ClaimsApiController.class);

	static final String PATH = "/api/claims/extract";

	private final ClaimReader reader;

	private final FigureWords figures;

	private final PassageSeal seal;

	ClaimsApiController(ClaimReader reader, FigureWords figures, PassageSeal seal) {
		this.reader = reader;
		this.figures = figures;
		this.seal = seal;
	}

	/**
	 * @param textLength the length of {@code text} in UTF-16 code units: every offset is below it
	 * @param text the text the finder read (HTML reduced to its text, stray control characters dropped)
	 * @param textSha256 the SHA-256 of {@code text} in UTF-8, as a figure accepted from it stores it
	 * @param html whether the body was read as HTML
	 * @param controlCharactersRemoved how many stray control characters were dropped
	 */
	record Extraction(int textLength, String text, String textSha256, boolean html, int controlCharactersRemoved,
			int candidateCount, long likelyCount, List<Found> candidates) {
	}

	/**
	 * One candidate. {@code start} and {@code end} delimit its words in {@code text} ({@code words});
	 * {@code passage} is the sentence around it that a figure accepted from it keeps.
	 */
	record Found(int value, Qualifier qualifier, Integer valueHigh, String figure, String words, ClaimKind kind,
			Hint cohort, Hint facility, String speaker, String dateHint, int start, int end, boolean likely,
			List<String> reasons, Span passage) {
	}

	/** A cohort or facility a candidate's words suggest; {@code name} is null when the database has no such record. */
	record Hint(String slug, String name, String words) {
	}

	/**
	 * A passage: {@code signature} is this server's signature of it, which the figure and movement forms
	 * require (field {@code passageSignature}) with the passage's other fields.
	 */
	record Span(int start, int end, String text, String signature) {
	}

	/** A refusal, as every JSON error of the tracker is given. */
	private static ResponseEntity<ProblemDetail> refuse(HttpStatus status, String reason) {
		ResponseEntity<ProblemDetail> answer = Problems.answer(status, reason, PATH);
		log.debug("Error {}: {} {} {}", answer.getBody().getProperties().get("reference"), status.value(), PATH, reason);
		return answer;
	}

	@PostMapping(PATH)
	ResponseEntity<?> extract(HttpServletRequest request) throws IOException {
		Charset charset;
		try {
			charset = charsetOf(request.getContentType());
		}
		catch (InvalidMediaTypeException unreadable) {
			return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, unreadable.getMessage());
		}
		if (charset == null) {
			return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Send the article as text/plain in UTF-8 (Content-Type: text/plain; charset=UTF-8).");
		}
		byte[] body = readAtMost(request.getInputStream(), ClaimLimits.MAX_REQUEST.toBytes());
		if (body == null) {
			return tooLong();
		}
		String text;
		try {
			text = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
		}
		catch (CharacterCodingException notText) {
			return refuse(HttpStatus.BAD_REQUEST,
					"The body is not UTF-8 text: it looks like binary data. Send the article's text as UTF-8.");
		}
		PastedText pasted = PastedText.check(text);
		if (pasted.problem() == PastedText.Problem.EMPTY) {
			return refuse(HttpStatus.BAD_REQUEST, "The body is empty: send the text of an article.");
		}
		if (pasted.problem() == PastedText.Problem.TOO_LONG) {
			return tooLong();
		}
		if (pasted.problem() == PastedText.Problem.BINARY) {
			return refuse(HttpStatus.BAD_REQUEST, "The body looks like binary data, not an article: it holds a "
					+ "NUL character, or more than one character in " + ClaimLimits.CONTROL_CHARACTER_RATIO
					+ " is a control character or an undecodable byte.");
		}
		References references = reader.references();
		Findings findings = reader.find(pasted, references);
		if (findings.text().isBlank()) {
			return refuse(HttpStatus.BAD_REQUEST, "The body holds no readable text (HTML without any text).");
		}
		String sha256 = ClaimReader.sha256(findings.text());
		Passages passages = new Passages(findings.text(), sha256, Rules.PASSAGE_MAX);
		List<Found> found = findings.candidates()
			.stream()
			.map(c -> found(c, findings, passages, references))
			.toList();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(new Extraction(findings.text().length(), findings.text(), sha256, reader.looksLikeHtml(pasted),
					pasted.controlCharacters(), found.size(), found.stream().filter(Found::likely).count(), found));
	}

	private Found found(Candidate c, Findings findings, Passages passages, References references) {
		Passage passage = passages.of(c);
		return new Found(c.value(), c.qualifier(), c.valueHigh(), figures.words(c.qualifier(), c.value(), c.valueHigh()),
				findings.passage(c), c.kind(), hint(c.cohortSlug(), c.cohortWords(), references.cohorts().get(c.cohortSlug())),
				hint(c.facilitySlug(), c.facilityWords(), references.facilities().get(c.facilitySlug())), c.speaker(),
				c.dateHint(), c.start(), c.end(), c.likely(), c.reasons(),
				new Span(passage.getStart(), passage.getEnd(), passage.getText(), seal.sign(passage.getStart(),
						passage.getEnd(), passage.getText(), passage.getPastedTextSha256())));
	}

	private static Hint hint(String slug, String words, Ref record) {
		return slug == null ? null : new Hint(slug, record == null ? null : record.name(), words);
	}

	private static ResponseEntity<ProblemDetail> tooLong() {
		return refuse(HttpStatus.CONTENT_TOO_LARGE, ClaimRequestSizeFilter.TOO_LARGE);
	}

	/**
	 * UTF-8 for text/plain with no charset or with UTF-8 (or its subset US-ASCII); null for any other
	 * type or charset. No Content-Type at all is read as text/plain.
	 */
	private static Charset charsetOf(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return StandardCharsets.UTF_8;
		}
		MediaType type = MediaType.parseMediaType(contentType);
		if (!MediaType.TEXT_PLAIN.equalsTypeAndSubtype(type)) {
			return null;
		}
		String charset = type.getParameter("charset");
		if (charset == null) {
			return StandardCharsets.UTF_8;
		}
		String name = charset.replace("\"", "").strip();
		return name.equalsIgnoreCase("UTF-8") || name.equalsIgnoreCase("utf8") || name.equalsIgnoreCase("US-ASCII")
				? StandardCharsets.UTF_8 : null;
	}

	/** The whole body, or null when it is longer than {@code limit} bytes (a chunked body has no length to check first). */
	private static byte[] readAtMost(InputStream in, long limit) throws IOException {
		byte[] body = in.readNBytes(Math.toIntExact(limit));
		if (body.length == limit && in.read() != -1) {
			return null;
		}
		return body;
	}

}
