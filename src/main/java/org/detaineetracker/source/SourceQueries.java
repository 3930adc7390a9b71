package org.detaineetracker.source;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.count.ReportedCountRepository;
import org.detaineetracker.movement.MovementRepository;
import org.detaineetracker.system.RecordNotFoundException;

@Service
public class SourceQueries {

	private final SourceRepository sources;

	private final ReportedCountRepository counts;

	private final MovementRepository movements;

	SourceQueries(SourceRepository sources, ReportedCountRepository counts, MovementRepository movements) {
		this.sources = sources;
		this.counts = counts;
		this.movements = movements;
	}

	@Transactional(readOnly = true)
	public SourcePage load(long id) {
		Source source = sources.findPageById(id).orElseThrow(() -> new RecordNotFoundException("source", id));
		return new SourcePage(source, counts.findForSourcePage(source), movements.findForSourcePage(source));
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
