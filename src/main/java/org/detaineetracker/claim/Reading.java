package org.detaineetracker.claim;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.detaineetracker.web.PassageSeal;
import org.detaineetracker.web.Rules;

/**
 * What the reading page shows: the text the finder read, line by line, with the candidate figures of
 * one page marked in it, and each of them explained, with the links that accept it into a figure or
 * movement form filled in from what was read. A page holds at most {@link #PAGE_SIZE} candidates, so
 * a text dense with numbers gives a page of bounded size: the text once, and a bounded explanation and
 * pair of links for each candidate shown.
 *
 * @param text the readable text (HTML reduced, control characters dropped) that offsets refer to
 * @param sha256 its fingerprint, saved with every figure accepted from it
 * @param html whether the paste was HTML reduced to its text
 * @param controlCharactersRemoved how many stray control characters were dropped
 * @param candidateCount how many candidates the finder found, on every page
 * @param likelyCount how many of those are likely
 * @param items the candidates of this page, numbered in the whole text's order
 */
record Reading(String text, String sha256, boolean html, int controlCharactersRemoved, int candidateCount,
		long likelyCount, List<Line> lines, List<Item> items) {

	/** The most candidates one reading page explains and marks. */
	static final int PAGE_SIZE = 200;

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

	/** How many of the candidates on this page are probably not counts of people (shown folded away). */
	public long unlikelyShown() {
		return items.stream().filter(item -> !item.likely()).count();
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
	 * @param page which {@link #PAGE_SIZE} candidates to show, from 0; past the last, the last
	 * @param seal signs each passage, so the forms can tell it was read here
	 */
	static Reading of(PastedText pasted, boolean html, Findings findings, String sha256, References references,
			Long sourceId, PartialDate published, List<Recorded> recorded, int page, PassageSeal seal) {
		String text = findings.text();
		List<Candidate> candidates = findings.candidates();
		int first = Math.min(Math.max(0, page), lastPage(candidates.size())) * PAGE_SIZE;
		Passages passages = new Passages(text, sha256, Rules.PASSAGE_MAX);
		Map<Recorded, List<Recorded>> recordedByPassage = new HashMap<>();
		for (Recorded r : recorded) {
			recordedByPassage.computeIfAbsent(new Recorded(null, 0, r.start(), r.end(), r.value()), key -> new ArrayList<>())
				.add(r);
		}
		List<Item> items = new ArrayList<>();
		for (int index = first; index < Math.min(candidates.size(), first + PAGE_SIZE); index++) {
			items.add(item(index + 1, candidates.get(index), findings, passages, references, sourceId, published,
					recordedByPassage, seal));
		}
		return new Reading(text, sha256, html, pasted.controlCharacters(), candidates.size(), findings.likely().size(),
				lines(text, items), items);
	}

	/** The last page with candidates on it (0 when there are none). */
	static int lastPage(int candidates) {
		return candidates == 0 ? 0 : (candidates - 1) / PAGE_SIZE;
	}

	/** The number of the first candidate shown, from 1. */
	public int firstShown() {
		return items.isEmpty() ? 0 : items.get(0).number();
	}

	/** The number of the last candidate shown. */
	public int lastShown() {
		return items.isEmpty() ? 0 : items.get(items.size() - 1).number();
	}

	/** True when the text has more candidates than this page shows. */
	public boolean paged() {
		return candidateCount > items.size();
	}

	private static Item item(int number, Candidate candidate, Findings findings, Passages passages,
			References references, Long sourceId, PartialDate published, Map<Recorded, List<Recorded>> recorded,
			PassageSeal seal) {
		Passage passage = passages.of(candidate);
		String signature = seal.sign(passage.getStart(), passage.getEnd(), passage.getText(),
				passage.getPastedTextSha256());
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
		List<Recorded> already = recorded.getOrDefault(
				new Recorded(null, 0, passage.getStart(), passage.getEnd(), candidate.value()), List.of());
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
			.passage(passage, signature);
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
				.passage(passage, signature)
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

		Query passage(Passage passage, String signature) {
			return add("passageStart", passage.getStart()).add("passageEnd", passage.getEnd())
				.add("passageText", passage.getText())
				.add("pastedTextSha256", passage.getPastedTextSha256())
				.add("passageSignature", signature);
		}

		@Override
		public String toString() {
			return parameters.length() == 0 ? path : path + "?" + parameters;
		}

	}

}
