package org.detaineetracker.claim;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.detaineetracker.claim.ClaimReader.Recorded;
import org.detaineetracker.claim.ClaimReader.Ref;
import org.detaineetracker.claim.ClaimReader.References;
import org.detaineetracker.claim.reading.Candidate;
import org.detaineetracker.claim.reading.DateHints;
import org.detaineetracker.claim.reading.Findings;
import org.detaineetracker.claim.reading.Passages;
import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.kernel.Passage;
import org.detaineetracker.web.Rules;

/**
 * What the reading page shows: the text the finder read, line by line, with every candidate figure
 * marked in it, and each candidate explained, with the links that accept it into a figure or movement
 * form filled in from what was read.
 *
 * @param text the readable text (HTML reduced, control characters dropped) that offsets refer to
 * @param sha256 its fingerprint, saved with every figure accepted from it
 * @param html whether the paste was HTML reduced to its text
 * @param controlCharactersRemoved how many stray control characters were dropped
 */
record Reading(String text, String sha256, boolean html, int controlCharactersRemoved, List<Line> lines,
		List<Item> items) {

	/** One line of the text; empty lines are left out (they only separate paragraphs). */
	record Line(List<Segment> segments) {
	}

	/** A stretch of a line: plain text, or (with its item) a candidate's words. */
	record Segment(String text, Item item, boolean first) {

		public boolean marked() {
			return item != null;
		}

	}

	/**
	 * A candidate as the page explains it.
	 * @param number its place in the list, from 1
	 * @param words its words in the text ("nearly 6,000")
	 * @param passage the sentence it is read in, kept by whatever is accepted from it
	 * @param facility the facility its place hint names, if the database has it
	 * @param cohort the cohort its hint names, if the database has it
	 * @param asOf the date its date hint gives, placed before the chosen source's publication
	 * @param unlikelyReason why it is probably not a count of people, or null
	 * @param reasons the finder's other reasons, in its words
	 * @param recorded what was already recorded from this very passage and figure
	 * @param countLink the figure form, filled in
	 * @param movementLink the movement form, filled in, for figures of people moved, released or escaped
	 */
	record Item(int number, Candidate candidate, String words, Passage passage, Ref facility, Ref cohort,
			PartialDate asOf, String unlikelyReason, List<String> reasons, List<Recorded> recorded, String countLink,
			String movementLink) {

		public boolean likely() {
			return candidate.likely();
		}

		public String id() {
			return "candidate-" + number;
		}

		public String markId() {
			return "mark-" + number;
		}

	}

	private static final String UNLIKELY = "unlikely: ";

	/** Room in an accept link for its passage and speaker, well inside Tomcat's 8 KB request header. */
	private static final int LINK_BUDGET = 6_000;

	public long likelyCount() {
		return items.stream().filter(Item::likely).count();
	}

	public int length() {
		return text.length();
	}

	/**
	 * @param html whether the paste was read as HTML
	 * @param sha256 the fingerprint of {@code findings.text()}
	 * @param sourceId the source the editor chose, or null
	 * @param published its publication date, which places dates written without a year; or null
	 * @param recorded what was already recorded from a text with this fingerprint
	 */
	static Reading of(PastedText pasted, boolean html, Findings findings, String sha256, References references,
			Long sourceId, PartialDate published, List<Recorded> recorded) {
		String text = findings.text();
		Passages passages = new Passages(text, sha256, Rules.PASSAGE_MAX);
		List<Item> items = new ArrayList<>();
		for (Candidate candidate : findings.candidates()) {
			items.add(item(items.size() + 1, candidate, findings, passages, references, sourceId, published,
					recorded));
		}
		return new Reading(text, sha256, html, pasted.controlCharacters(),
				lines(text, items), items);
	}

	private static Item item(int number, Candidate candidate, Findings findings, Passages passages,
			References references, Long sourceId, PartialDate published, List<Recorded> recorded) {
		Passage passage = passages.of(candidate);
		Ref facility = candidate.facilitySlug() == null ? null : references.facilities().get(candidate.facilitySlug());
		Ref cohort = candidate.cohortSlug() == null ? null : references.cohorts().get(candidate.cohortSlug());
		PartialDate asOf = DateHints.asOf(candidate.dateHint(), published);
		String unlikely = null;
		List<String> reasons = new ArrayList<>();
		for (String reason : candidate.reasons()) {
			if (reason.startsWith(UNLIKELY) && unlikely == null) {
				unlikely = reason.substring(UNLIKELY.length());
			}
			else {
				reasons.add(reason);
			}
		}
		List<Recorded> already = recorded.stream()
			.filter(r -> r.start() == passage.getStart() && r.end() == passage.getEnd() && r.value() == candidate.value())
			.toList();
		// the passage always travels; a long speaker in a script of many bytes could push the link past
		// Tomcat's 8 KB request line, so it is left for the editor to type then
		String speaker = candidate.speaker() != null && candidate.speaker().length() <= Rules.SPEAKER_MAX
				&& URLEncoder.encode(candidate.speaker(), StandardCharsets.UTF_8).length()
						+ URLEncoder.encode(passage.getText(), StandardCharsets.UTF_8).length() <= LINK_BUDGET
								? candidate.speaker() : null;

		Query count = new Query("/counts/new").add("facility", facility == null ? null : facility.id())
			.add("cohort", cohort == null ? null : cohort.id())
			.add("source", sourceId)
			.add("value", candidate.value())
			.add("qualifier", candidate.qualifier())
			.add("valueHigh", candidate.valueHigh())
			.add("asOf", asOf == null ? null : asOf.date())
			.add("asOfPrecision", asOf == null ? null : asOf.precision())
			.add("speaker", speaker)
			.passage(passage);
		String movementLink = null;
		String movementKind = switch (candidate.kind()) {
			case MOVED -> "TRANSFER";
			case RELEASED -> "RELEASE";
			case ESCAPED -> "ESCAPE";
			case HELD -> null;
		};
		if (movementKind != null) {
			movementLink = new Query("/movements/new").add("kind", movementKind)
				.add("from", facility == null ? null : facility.id())
				.add("cohort", cohort == null ? null : cohort.id())
				.add("source", sourceId)
				.add("value", candidate.value())
				.add("qualifier", candidate.qualifier())
				.add("valueHigh", candidate.valueHigh())
				.add("startedOn", asOf == null ? null : asOf.date())
				.add("startedPrecision", asOf == null ? null : asOf.precision())
				.add("speaker", speaker)
				.passage(passage)
				.toString();
		}
		return new Item(number, candidate, findings.passage(candidate), passage, facility, cohort, asOf, unlikely,
				reasons, already, count.toString(), movementLink);
	}

	/** The text line by line, each cut into plain stretches and candidates' words, in text order. */
	private static List<Line> lines(String text, List<Item> items) {
		List<Line> lines = new ArrayList<>();
		int next = 0;
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int newline = text.indexOf('\n', lineStart);
			int lineEnd = newline < 0 ? text.length() : newline;
			List<Segment> segments = new ArrayList<>();
			int position = lineStart;
			while (next < items.size() && items.get(next).candidate().start() < lineEnd) {
				Item item = items.get(next);
				int start = Math.max(item.candidate().start(), position);
				int end = Math.min(item.candidate().end(), lineEnd);
				if (end <= start) {
					// inside the one before it: listed, but not marked twice
					next++;
					continue;
				}
				if (start > position) {
					segments.add(new Segment(text.substring(position, start), null, false));
				}
				segments.add(new Segment(text.substring(start, end), item, start == item.candidate().start()));
				position = end;
				if (item.candidate().end() > lineEnd) {
					break;
				}
				next++;
			}
			if (position < lineEnd) {
				segments.add(new Segment(text.substring(position, lineEnd), null, false));
			}
			if (!text.substring(lineStart, lineEnd).isBlank()) {
				lines.add(new Line(segments));
			}
			if (newline < 0) {
				break;
			}
			lineStart = newline + 1;
		}
		return lines;
	}

	/**
	 * A link with query parameters, each encoded so that it arrives exactly as given ("+", "%" and "&"
	 * in a passage included); parameters without a value are left out.
	 */
	private static final class Query {

		private final String path;

		private final StringJoiner parameters = new StringJoiner("&");

		Query(String path) {
			this.path = path;
		}

		Query add(String name, Object value) {
			if (value != null) {
				// %20, not "+": some decoders (MockMvc's among them) keep a "+" in a query as it is
				parameters.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).replace("+", "%20"));
			}
			return this;
		}

		Query passage(Passage passage) {
			return add("passageStart", passage.getStart()).add("passageEnd", passage.getEnd())
				.add("passageText", passage.getText())
				.add("pastedTextSha256", passage.getPastedTextSha256());
		}

		@Override
		public String toString() {
			return parameters.length() == 0 ? path : path + "?" + parameters;
		}

	}

}
