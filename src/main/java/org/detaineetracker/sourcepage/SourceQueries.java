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
import org.detaineetracker.movement.MovementRepository;
import org.detaineetracker.source.Source;
import org.detaineetracker.source.SourceFacts;
import org.detaineetracker.source.SourceFactsRepository;
import org.detaineetracker.source.SourceRepository;
import org.detaineetracker.web.RecordNotFoundException;

@Service
public class SourceQueries {

	private final SourceRepository sources;

	private final ReportedCountRepository counts;

	private final MovementRepository movements;

	private final SourceFactsRepository facts;

	SourceQueries(SourceRepository sources, ReportedCountRepository counts, MovementRepository movements,
			SourceFactsRepository facts) {
		this.sources = sources;
		this.counts = counts;
		this.movements = movements;
		this.facts = facts;
	}

	/** The first source of the chain this one repeats (itself when it cites none): what makes sources independent. */
	@Transactional(readOnly = true)
	public long rootOf(long id) {
		return facts.findById(id).map(SourceFacts::getRootId).orElse(id);
	}

	@Transactional(readOnly = true)
	public SourcePage load(long id) {
		Source source = sources.findPageById(id).orElseThrow(() -> new RecordNotFoundException("source", id));
		return new SourcePage(source, counts.findForSourcePage(source), movements.findForSourcePage(source));
	}

	/**
	 * A source as known on a date: a source published later was not known then (404 that says so);
	 * figures retracted by then are left out, and so are the sources that repeat it published later.
	 */
	@Transactional(readOnly = true)
	public SourcePage load(long id, KnownOn knownOn) {
		SourcePage page = load(id);
		if (!page.source().isKnownOn(knownOn)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Source " + id + " was not yet known on " + knownOn.date() + ".");
		}
		return knownOn.isActive()
				? new SourcePage(page.source(), page.counts().stream().filter(c -> c.isShownOn(knownOn)).toList(), page.movements())
				: page;
	}

	/** Every source known on a date, with how many of its figures were not retracted by then, in two statements. */
	@Transactional(readOnly = true)
	public List<SourceLine> index(KnownOn knownOn) {
		if (!knownOn.isActive()) {
			return index();
		}
		Map<Long, Long> figures = counts.countNotRetractedBySource(knownOn.retractedBefore())
			.stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
		return sources.findAllForIndex()
			.stream()
			.filter(s -> s.isKnownOn(knownOn))
			.map(s -> new SourceLine(s, figures.getOrDefault(s.getId(), 0L)))
			.toList();
	}

	/** Every source with how many active figures it gave, in two statements. */
	@Transactional(readOnly = true)
	public List<SourceLine> index() {
		Map<Long, Long> figures = counts.countActiveBySource()
			.stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
		return sources.findAllForIndex().stream().map(s -> new SourceLine(s, figures.getOrDefault(s.getId(), 0L))).toList();
	}

	public record SourceLine(Source source, long figures) {
	}

}
