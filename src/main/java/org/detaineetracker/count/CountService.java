package org.detaineetracker.count;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.web.RecordNotFoundException;
import org.detaineetracker.web.Versions;

/** Writes reported counts: create, revise and retract, each in one transaction (one revision). */
@Service
public class CountService {

	private final ReportedCountRepository counts;

	private final Clock clock;

	CountService(ReportedCountRepository counts, Clock clock) {
		this.counts = counts;
		this.clock = clock;
	}

	@Transactional
	public ReportedCount create(CountForm form, String recordedBy) {
		ReportedCount count = new ReportedCount(form.getFacility(), form.getCohort(), form.figure(), asOf(form),
				form.getSource(), form.getSpeaker(), recordedBy);
		count.setCustodyHolder(form.getCustodyHolder());
		count.setQuote(form.getQuote());
		count.setPassage(form.passage());
		return counts.save(count);
	}

	@Transactional
	public void revise(long id, CountForm form) {
		ReportedCount count = find(id);
		Versions.require(form.getVersion(), count.getVersion(), "reported count", id);
		count.revise(form.getFacility(), form.getCohort(), form.getCustodyHolder(), form.figure(), asOf(form),
				form.getSource(), form.getSpeaker(), form.getQuote());
	}

	@Transactional
	public void retract(long id, String reason, Long version) {
		ReportedCount count = find(id);
		Versions.require(version, count.getVersion(), "reported count", id);
		count.retract(reason, clock.instant());
	}

	/** An existing figure that the form would repeat: same source, facility, cohort, as-of date and value. */
	@Transactional(readOnly = true)
	public Optional<ReportedCount> duplicateOf(CountForm form, Long exceptId) {
		return counts.findDuplicates(form.getSource(), form.getFacility(), form.getCohort(), asOf(form).date(),
				form.getValue(), exceptId == null ? -1 : exceptId).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public ReportedCount find(long id) {
		return counts.findPageById(id).orElseThrow(() -> new RecordNotFoundException("reported count", id));
	}

	private static PartialDate asOf(CountForm form) {
		return new PartialDate(form.getAsOf(), form.getAsOfPrecision());
	}

}
