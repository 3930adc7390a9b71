package org.detaineetracker.count;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.web.DuplicateRecordException;
import org.detaineetracker.web.FormSubmissions;
import org.detaineetracker.web.RecordLocks;
import org.detaineetracker.web.RecordNotFoundException;
import org.detaineetracker.web.RejectedFormException;
import org.detaineetracker.web.Versions;
import org.detaineetracker.web.Writes;

/** Writes reported counts: create, revise and retract, each in one transaction (one revision). */
@Service
public class CountService {

	private final ReportedCountRepository counts;

	private final FormSubmissions submissions;

	private final RecordLocks locks;

	private final Clock clock;

	private final JdbcClient jdbc;

	CountService(ReportedCountRepository counts, FormSubmissions submissions, RecordLocks locks, Clock clock, JdbcClient jdbc) {
		this.counts = counts;
		this.submissions = submissions;
		this.locks = locks;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** Once per submitted form; a figure that repeats a stored one needs the editor's confirmation. */
	@Transactional
	public ReportedCount create(CountForm form, String recordedBy) {
		return submissions.once(form.getSubmissionToken(), "reported_count", () -> {
			refuseDuplicate(form, null);
			ReportedCount count = new ReportedCount(form.getFacility(), form.getCohort(), form.figure(), form.asOfDate(),
					form.getSource(), form.getSpeaker(), recordedBy);
			count.setCustodyHolder(form.getCustodyHolder());
			count.setQuote(form.getQuote());
			count.setPassage(form.passage());
			count.setInternal(form.isInternal());
			return counts.save(count);
		}, ReportedCount::getId, this::find);
	}

	/**
	 * Keeps other writers of figures waiting until the calling transaction ends: an import checks
	 * each of its figures for a stored copy without a lock per figure (a file of 100,000 would
	 * exhaust the server's lock table), so no other save may slip in meanwhile. Readers go on.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void holdForImport() {
		jdbc.sql("lock table reported_count in share row exclusive mode").update();
		// The table grows by the import's own rows as it goes, which no statistics know of yet: a plan
		// cached for the duplicate check at its start (a scan of a small table) would be kept for the
		// whole file, each check reading every row added so far. Planned afresh, each uses its index.
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		// one move of the data version for the whole import, not one per figure (V122)
		jdbc.sql("set local tracker.bulk_write = on").update();
	}

	/**
	 * Brings the figures table's statistics up to what the import has written so far (ANALYZE counts
	 * the transaction's own rows): planned with the statistics of a few seeded figures, the duplicate
	 * check took the index on facility, cohort and date and read every row of that date, a hundred
	 * rows a second at 100,000 rows.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refreshStatisticsForImport() {
		jdbc.sql("analyze reported_count").update();
	}

	/**
	 * What became of an imported figure: saved (and perhaps {@code resembles} a stored figure by the
	 * form's duplicate rule), or not saved because it {@code repeats} a stored one exactly.
	 */
	public record Imported(ReportedCount saved, ReportedCount repeats, ReportedCount resembles) {
	}

	/**
	 * A figure from an import, in the caller's transaction (which {@link #holdForImport holds} the
	 * table), without the form's lock per figure. A row that repeats a stored figure exactly (source,
	 * facility, cohort, date and its precision, the figure as written, speaker) is left out, so the
	 * same file imported twice adds nothing; one that only resembles a stored figure by the form's
	 * duplicate rule is saved, and said to resemble it: the editor has seen it marked on the preview.
	 * A retraction the file records is applied at once, with its reason and time. Nothing is thrown,
	 * so the import goes on.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Imported importFigure(CountForm form, String recordedBy, String retractionReason, Instant retractedAt) {
		PartialDate asOf = form.asOfDate();
		List<ReportedCount> alike = counts.findDuplicates(form.getSource(), form.getFacility(), form.getCohort(), asOf.date(),
				form.getValue(), -1);
		Optional<ReportedCount> repeats = alike.stream()
			.filter(stored -> stored.getAsOf().equals(asOf) && stored.getFigure().getQualifier() == form.getQualifier()
					&& Objects.equals(stored.getFigure().getValueHigh(), form.getValueHigh())
					&& Objects.equals(stored.getSpeaker(), form.getSpeaker()))
			.findFirst();
		if (repeats.isPresent()) {
			return new Imported(null, repeats.get(), null);
		}
		ReportedCount count = new ReportedCount(form.getFacility(), form.getCohort(), form.figure(), asOf,
				form.getSource(), form.getSpeaker(), recordedBy);
		count.setCustodyHolder(form.getCustodyHolder());
		count.setQuote(form.getQuote());
		count.setInternal(form.isInternal());
		if (retractionReason != null) {
			count.retract(retractionReason, retractedAt == null ? clock.instant() : retractedAt);
		}
		return new Imported(counts.save(count), null, alike.isEmpty() ? null : alike.get(0));
	}

	/** A retracted figure stays as it was retracted: it is refused, not silently revised. */
	@Transactional
	public ReportedCount revise(long id, CountForm form) {
		ReportedCount count = find(id);
		Versions.require(form.getVersion(), count.getVersion(), "reported count", id, () -> CountForm.of(count));
		if (count.isRetracted()) {
			throw RejectedFormException.conflict(form, "count.retracted.noEdit");
		}
		refuseDuplicate(form, id);
		count.revise(form.getFacility(), form.getCohort(), form.getCustodyHolder(), form.figure(), form.asOfDate(),
				form.getSource(), form.getSpeaker(), form.getQuote());
		count.setInternal(form.isInternal());
		Writes.flush(counts, form, "reported count", id);
		return count;
	}

	@Transactional
	public void retract(long id, String reason, Long version) {
		ReportedCount count = find(id);
		Versions.require(version, count.getVersion(), "reported count", id, () -> CountForm.of(count));
		count.retract(reason, clock.instant());
		Writes.flush(counts, null, "reported count", id);
	}

	@Transactional(readOnly = true)
	public ReportedCount find(long id) {
		return counts.findPageById(id).orElseThrow(() -> new RecordNotFoundException("reported count", id));
	}

	/**
	 * The same source, facility, cohort, as-of date and value as a stored figure asks for confirmation.
	 * Two such saves at once take turns, so the second sees the first.
	 */
	private void refuseDuplicate(CountForm form, Long exceptId) {
		if (form.isConfirmDuplicate()) {
			return;
		}
		PartialDate asOf = form.asOfDate();
		locks.lock("reported_count", form.getSource().getId(), form.getFacility().getId(), form.getCohort().getId(),
				asOf.date(), form.getValue());
		Optional<ReportedCount> duplicate = counts.findDuplicates(form.getSource(), form.getFacility(), form.getCohort(),
				asOf.date(), form.getValue(), exceptId == null ? -1 : exceptId).stream().findFirst();
		if (duplicate.isPresent()) {
			throw new DuplicateRecordException(duplicate.get());
		}
	}

}
