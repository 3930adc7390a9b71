package org.detaineetracker.claim.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.detaineetracker.kernel.Qualifier;

/**
 * Finds candidate figures in an article an editor pastes: numbers of people held, moved, released or
 * escaped, each with its qualifier, and hints for cohort, facility, speaker and date. It works by
 * explainable rules on the text alone, with no service and nothing downloaded, and every candidate
 * carries the reasons it was proposed, or marked unlikely.
 *
 * <p>It proposes rather than decides: a number that is probably a year, an age or a troop strength is
 * still listed, marked unlikely with the reason, so an editor can overrule it.
 *
 * <p>It keeps no state between calls, so one instance serves every request; tests simply call
 * {@code new ClaimFinder()}. Plain Java: the claim module makes it a bean and hands it the facility
 * names ({@link PlaceNames}), which is all it knows of the rest of the application.
 */
public class ClaimFinder {

	private static final Pattern BETWEEN = Pattern.compile("(?<![\\p{L}])between\\s+$", Pattern.CASE_INSENSITIVE);

	private static final Pattern FROM = Pattern.compile("(?<![\\p{L}])from\\s+$", Pattern.CASE_INSENSITIVE);

	private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);

	private static final Pattern DASH = Pattern.compile("\\s?[-–—‐‑]\\s?");

	private static final Pattern TO = Pattern.compile("\\s+to\\s+", Pattern.CASE_INSENSITIVE);

	/** Date and time mentions are short; one that starts further back cannot cover a number. */
	private static final int LONGEST_DATE = 48;

	/** The text as the finder reads it: what every candidate's offsets refer to. */
	public String readableText(String input) {
		return ReadableText.of(input);
	}

	/** Whether the finder reads {@code input} as HTML, keeping only the text a browser would show. */
	public boolean readsAsHtml(String input) {
		return ReadableText.looksLikeHtml(input);
	}

	public List<Candidate> find(String input, PlaceNames places) {
		return read(input, places).candidates();
	}

	/** The readable text and the candidates found in it. */
	public Findings read(String input, PlaceNames places) {
		String text = ReadableText.of(input);
		if (text.isBlank()) {
			return new Findings(text, List.of());
		}
		List<PlaceName> names = places == null ? null : places.placeNames();
		Article article = new Article(text, names == null ? List.of() : names);
		List<Candidate> candidates = new ArrayList<>();
		for (FigureMention figure : article.figures()) {
			Candidate candidate = article.candidate(figure);
			if (candidate != null) {
				candidates.add(candidate);
			}
		}
		return new Findings(text, candidates);
	}

	/** One article being read: its text and what was found in it once, shared by all its figures. */
	private static final class Article {

		private final String text;

		private final TextLayout layout;

		private final List<NumberMention> numbers;

		private final List<DateMentions.DateMention> dates;

		/** The dates that are not times of day, which give date hints; they do not overlap each other. */
		private final List<DateMentions.DateMention> calendarDates;

		private final Speakers speakers;

		private final PlaceMentions places;

		private final ClaimCues cues;

		private final CohortWords cohorts;

		Article(String text, List<PlaceName> places) {
			this.text = text;
			this.layout = new TextLayout(text);
			TextWords words = new TextWords(text);
			this.numbers = NumberReader.read(words);
			this.dates = DateMentions.find(words);
			this.calendarDates = dates.stream().filter(date -> !date.timeOfDay()).toList();
			this.places = new PlaceMentions(text, places);
			this.speakers = new Speakers(words, layout);
			this.cues = new ClaimCues(words);
			this.cohorts = new CohortWords(words);
		}

		/** The numbers, with two that make a range joined into one figure. */
		List<FigureMention> figures() {
			List<FigureMention> figures = new ArrayList<>(numbers.size());
			for (int i = 0; i < numbers.size(); i++) {
				NumberMention low = numbers.get(i);
				FigureMention range = i + 1 < numbers.size() ? range(low, numbers.get(i + 1)) : null;
				if (range != null) {
					figures.add(range);
					i++;
				}
				else {
					figures.add(FigureMention.single(low));
				}
			}
			return figures;
		}

		/**
		 * "between 60 and 90", "60-90", "60–90", "60 to 90". Not "from 600 to 900", which is usually a
		 * change ("rose from 600 to 900"), and not numbers inside a date such as "2026-01-21".
		 */
		private FigureMention range(NumberMention low, NumberMention high) {
			if (high.value() <= low.value() || low.inWords() != high.inWords()
					|| uncountableDateAt(low.start(), high.end()) != null) {
				return null;
			}
			TextLayout.Span sentence = layout.sentenceAt(low.start());
			if (!sentence.contains(high.start())) {
				return null;
			}
			String between = text.substring(low.end(), high.start());
			String before = text.substring(Math.max(sentence.start(), low.start() - 12), low.start());
			Matcher betweenWord = BETWEEN.matcher(before);
			if (betweenWord.find() && AND.matcher(between).matches()) {
				int start = low.start() - before.length() + betweenWord.start();
				return new FigureMention(low, high, start, "between … and");
			}
			if (DASH.matcher(between).matches()) {
				return new FigureMention(low, high, low.start(), between.strip());
			}
			if (TO.matcher(between).matches() && !FROM.matcher(before).find()) {
				return new FigureMention(low, high, low.start(), "to");
			}
			return null;
		}

		/** A date or time (not a lone year) overlapping {@code [start, end)}, or null. */
		private DateMentions.DateMention uncountableDateAt(int start, int end) {
			int low = 0;
			int high = dates.size();
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (dates.get(middle).start() < start - LONGEST_DATE) {
					low = middle + 1;
				}
				else {
					high = middle;
				}
			}
			for (int i = low; i < dates.size() && dates.get(i).start() < end; i++) {
				DateMentions.DateMention date = dates.get(i);
				if (!date.countable() && date.end() > start) {
					return date;
				}
			}
			return null;
		}

		/** The candidate for one figure, or null for a lone "one" that counts nobody in particular. */
		Candidate candidate(FigureMention figure) {
			TextLayout.Span sentence = layout.sentenceAt(figure.numberStart());
			List<String> reasons = new ArrayList<>();

			QualifierWords.Reading before = figure.isRange() ? null
					: QualifierWords.before(text, sentence.start(), figure.numberStart());
			QualifierWords.Reading after = figure.isRange() ? null
					: QualifierWords.after(text, figure.numberEnd(), sentence.end());
			Qualifier qualifier;
			if (figure.isRange()) {
				qualifier = Qualifier.RANGE;
				reasons.add("“" + figure.rangeWords() + "” between two numbers: " + QualifierWords.plain(qualifier));
			}
			else if (before != null) {
				qualifier = before.qualifier();
				reasons.add("“" + before.words() + "” before it: " + QualifierWords.plain(qualifier));
			}
			else if (after != null) {
				qualifier = after.qualifier();
				reasons.add("“" + after.words() + "” after it: " + QualifierWords.plain(qualifier));
			}
			else {
				qualifier = Qualifier.EXACT;
				reasons.add("no word such as “about” or “over” beside it: " + QualifierWords.plain(qualifier));
			}
			int start = before != null ? before.start() : figure.rangeStart();
			int end = after != null ? after.end() : figure.numberEnd();
			addReading(reasons, figure.low());
			if (figure.isRange()) {
				addReading(reasons, figure.high());
			}

			NounPhrase phrase = NounPhrase.after(text, end, sentence.end());
			if (figure.low().isSmallWord() && !phrase.countsPeople()) {
				return null;
			}
			ClaimCues.Cue cue = cues.nearest(sentence, start, end, Math.max(end, phrase.end()));
			String notPeople = Distractors.reasonNotPeople(text, figure, phrase,
					uncountableDateAt(figure.numberStart(), figure.numberEnd()));
			boolean likely;
			if (notPeople != null) {
				likely = false;
				reasons.add("unlikely: " + notPeople);
			}
			else if (phrase.countsPeople()) {
				likely = true;
				reasons.add("counts people: “" + phrase.head() + "” follows it");
			}
			else if (cue != null && phrase.kind() == null) {
				likely = true;
				reasons.add("no word for people after it, but “" + cue.words() + "” nearby speaks of people");
			}
			else {
				likely = false;
				reasons.add("unlikely: no word about people held or moved near it");
			}

			ClaimKind kind = cue == null ? ClaimKind.HELD : cue.kind();
			reasons.add(cue == null ? "no word of moving, release or escape nearby: read as people held" : cue.reason());

			CohortWords.Hint cohort = cohorts.near(sentence, start, end, Math.max(end, phrase.end()));
			if (cohort != null) {
				reasons.add(cohort.reason());
			}
			PlaceMentions.Hint place = places.near(sentence, layout.paragraphAt(start), start, end);
			if (place != null) {
				reasons.add(place.reason());
			}
			Speakers.Speaker speaker = speakers.of(start, end);
			if (speaker != null) {
				reasons.add(speaker.reason());
			}
			String date = dateHint(sentence, layout.paragraphAt(start), start, end, reasons);

			return new Candidate(Math.toIntExact(figure.low().value()), qualifier,
					figure.isRange() ? Math.toIntExact(figure.high().value()) : null, kind,
					cohort == null ? null : cohort.slug(), cohort == null ? null : cohort.words(),
					place == null ? null : place.facilitySlug(), place == null ? null : place.words(),
					speaker == null ? null : speaker.name(), date, start, end, likely, reasons);
		}

		private void addReading(List<String> reasons, NumberMention number) {
			if (number.reading() != null) {
				reasons.add(number.reading());
			}
			else if (number.inWords()) {
				reasons.add("“" + text.substring(number.start(), number.end()) + "” in words: " + number.value());
			}
		}

		/** The date nearest the figure in its sentence, else in its paragraph, as written. */
		private String dateHint(TextLayout.Span sentence, TextLayout.Span paragraph, int start, int end,
				List<String> reasons) {
			DateMentions.DateMention inSentence = nearestDate(sentence, start, end);
			if (inSentence != null) {
				reasons.add("“" + inSentence.words() + "” in the same sentence gives the date");
				return inSentence.words();
			}
			DateMentions.DateMention inParagraph = nearestDate(paragraph, start, end);
			if (inParagraph != null) {
				reasons.add("“" + inParagraph.words() + "” in the same paragraph gives the date");
				return inParagraph.words();
			}
			return null;
		}

		/**
		 * The date in {@code span} nearest the figure and not overlapping it, the earlier one on a tie.
		 * Dates (times of day aside) do not overlap each other, so their ends ascend like their starts and
		 * only two can be nearest: the last that ends at or before the figure's start and the first that
		 * starts at or after its end. Two binary searches, not a walk over every date of a long paragraph.
		 */
		private DateMentions.DateMention nearestDate(TextLayout.Span span, int start, int end) {
			int low = 0;
			int high = calendarDates.size();
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (calendarDates.get(middle).end() <= start) {
					low = middle + 1;
				}
				else {
					high = middle;
				}
			}
			DateMentions.DateMention before = low > 0 ? calendarDates.get(low - 1) : null;
			int next = low;
			while (next < calendarDates.size() && calendarDates.get(next).start() < end) {
				// overlaps the figure ("21" in "21 January" is the figure's own date), so it is no hint
				next++;
			}
			DateMentions.DateMention after = next < calendarDates.size() ? calendarDates.get(next) : null;
			if (before != null && before.start() < span.start()) {
				before = null;
			}
			if (after != null && after.start() >= span.end()) {
				after = null;
			}
			if (before == null || after == null) {
				return before != null ? before : after;
			}
			return start - before.end() <= after.start() - end ? before : after;
		}

	}

}
