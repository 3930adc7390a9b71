package org.detaineetracker.sourcepage;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import org.detaineetracker.count.ReportedCountRepository;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.movement.MovementReportRepository;
import org.detaineetracker.source.Source;
import org.detaineetracker.source.SourceFacts;
import org.detaineetracker.source.SourceFactsRepository;
import org.detaineetracker.source.SourceRepository;
import org.detaineetracker.web.RecordNotFoundException;

@Service
public class SourceQueries {

	private final SourceRepository sources;

	private final ReportedCountRepository counts;

	private final MovementReportRepository movementReports;

	private final SourceFactsRepository facts;

	SourceQueries(SourceRepository sources, ReportedCountRepository counts, MovementReportRepository movementReports,
			SourceFactsRepository facts) {
		this.sources = sources;
		this.counts = counts;
		this.movementReports = movementReports;
		this.facts = facts;
	}

	/** The first source of the chain this one repeats (itself when it cites none): what makes sources independent. */
	@Transactional(readOnly = true)
	public long rootOf(long id) {
		return facts.findById(id).map(SourceFacts::getRootId).orElse(id);
	}

	/**
	 * A source as known on a date, in three statements: a source published later was not known then
	 * (404 that says so); its figures are those the view lists (count_known_on, V70: on a date, those
	 * not retracted by then), and the sources that repeat it are those known by then.
	 */
	@Transactional(readOnly = true)
	public SourcePage load(long id, KnownOn knownOn) {
		Source source = sources.findPageById(id).orElseThrow(() -> new RecordNotFoundException("source", id));
		if (!source.isKnownOn(knownOn)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Source " + id + " was not yet known on " + knownOn.date() + ".");
		}
		// The sources repeating it come with it (a fetched collection, a handful): filtered here.
		return new SourcePage(source, source.getCitedBy().stream().filter(citing -> citing.isKnownOn(knownOn)).toList(),
				counts.findForSourcePage(source, knownOn), movementReports.findForSourcePage(source));
	}

	/**
	 * Every source known on a date, with how many of its figures were known then (now: its active
	 * ones), in two statements.
	 */
	@Transactional(readOnly = true)
	public List<SourceLine> index(KnownOn knownOn) {
		Map<Long, Long> figures = counts.countKnownBySource(knownOn.latestKnownFrom())
			.stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
		return sources.findKnownForIndex(knownOn.latestKnownFrom())
			.stream()
			.map(s -> new SourceLine(s, figures.getOrDefault(s.getId(), 0L)))
			.toList();
	}

	public record SourceLine(Source source, long figures) {
	}

}
