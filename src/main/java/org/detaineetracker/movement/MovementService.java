package org.detaineetracker.movement;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.web.DuplicateRecordException;
import org.detaineetracker.web.FormSubmissions;
import org.detaineetracker.web.RecordLocks;
import org.detaineetracker.web.RecordNotFoundException;
import org.detaineetracker.web.Versions;
import org.detaineetracker.web.Writes;

/** Writes movements: create and revise, each in one transaction (one revision). */
@Service
public class MovementService {

	private final MovementRepository movements;

	private final MovementReportRepository reports;

	private final FormSubmissions submissions;

	private final RecordLocks locks;

	MovementService(MovementRepository movements, MovementReportRepository reports, FormSubmissions submissions,
			RecordLocks locks) {
		this.movements = movements;
		this.reports = reports;
		this.submissions = submissions;
		this.locks = locks;
	}

	/**
	 * Once per submitted form; a movement that looks like a stored one needs the editor's confirmation
	 * (they may add their report to it instead). The new movement's first report is the form's figure.
	 */
	@Transactional
	public Movement create(MovementForm form, String recordedBy) {
		return submissions.once(form.getSubmissionToken(), "movement", () -> {
			refuseDuplicate(form, null);
			Movement movement = new Movement(form.getKind(), form.getFrom(), form.getCohort(), form.figure(),
					form.getStatus(), form.getTally(), form.getSource(), form.getSpeaker());
			apply(movement, form);
			movement.setPassage(form.passage());
			Movement saved = movements.save(movement);
			reports.save(new MovementReport(saved, form.figure(), form.getTally(), form.getSource(), form.getSpeaker(),
					form.getQuote(), form.passage(), recordedBy));
			return saved;
		}, Movement::getId, this::find);
	}

	@Transactional
	public Movement revise(long id, MovementForm form) {
		Movement movement = find(id);
		Versions.require(form.getVersion(), movement.getVersion(), "movement", id, () -> MovementForm.of(movement));
		apply(movement, form);
		reports.findFirstByMovementIdOrderByIdAsc(id)
			.ifPresent(first -> first.revise(form.figure(), form.getTally(), form.getSource(), form.getSpeaker(),
					form.getQuote()));
		Writes.flush(movements, form, "movement", id);
		return movement;
	}

	/** The movement with its facilities, cohort, source and operator. */
	@Transactional(readOnly = true)
	public Movement find(long id) {
		return movements.findForFormById(id).orElseThrow(() -> new RecordNotFoundException("movement", id));
	}

	/** The movement with its reports and their sources, for its page. */
	@Transactional(readOnly = true)
	public MovementWithReports findWithReports(long id) {
		Movement movement = find(id);
		return new MovementWithReports(movement, reports.findWithRootsForMovement(id)
			.stream()
			.map(row -> new MovementWithReports.Report((MovementReport) row[0], ((Number) row[1]).longValue()))
			.toList());
	}

	/**
	 * Another source's report of a stored movement, once per submitted form. A report from the same
	 * source with the same number as one it has needs the editor's confirmation.
	 */
	@Transactional
	public MovementReport addReport(long movementId, MovementReportForm form, String recordedBy) {
		return submissions.once(form.getSubmissionToken(), "movement_report", () -> {
			Movement movement = find(movementId);
			// the form was opened at the movement's version: a route, dates or status changed meanwhile are
			// shown to the editor before their report joins it
			Versions.require(form.getVersion(), movement.getVersion(), "movement", movementId,
					() -> MovementReportForm.forMovement(movement));
			locks.lock("movement_report", movementId);
			if (!form.isConfirmDuplicate()) {
				reports.findForMovement(movementId).stream()
					.filter(r -> r.getSource().getId().equals(form.getSource().getId())
							&& form.getValue().equals(r.getFigure().getValue())
							&& r.getFigure().getQualifier() == form.getQualifier())
					.findFirst()
					.ifPresent(r -> {
						throw new DuplicateRecordException(r);
					});
			}
			return reports.save(new MovementReport(movement, form.figure(), form.getTally(), form.getSource(),
					form.getSpeaker(), form.getQuote(), form.passage(), recordedBy));
		}, MovementReport::getId, id -> reports.findById(id).orElseThrow());
	}

	/**
	 * What became of an imported row: a new movement, a new report of a stored movement (the same
	 * transfer told by another source), or nothing, because the movement already has this report.
	 */
	public record Imported(Movement movement, boolean created, boolean repeats) {
	}

	/**
	 * A movement report from an import, in the caller's transaction: the movement it belongs to is
	 * found by the form's rule (the same route and cohort over overlapping dates), so the rows of one
	 * transfer told by several sources become one movement with their reports; a row whose source,
	 * figure and speaker the movement already has is left out, so the same file twice adds nothing.
	 * Nothing is thrown, so the import goes on.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Imported importReport(MovementForm form, String recordedBy) {
		Long to = form.getTo() == null ? null : form.getTo().getId();
		PartialDate started = form.started();
		PartialDate ended = form.ended();
		PartialDate first = started != null ? started : ended;
		PartialDate last = ended != null ? ended : started;
		Optional<Long> stored = movements.findLikelySameId(form.getFrom().getId(), to, form.getCohort().getId(),
				first == null ? null : first.date(), last == null ? null : last.lastDay(), -1);
		if (stored.isPresent()) {
			Movement movement = find(stored.get());
			boolean repeats = reports.findForMovement(movement.getId()).stream()
				.anyMatch(r -> r.getSource().getId().equals(form.getSource().getId())
						&& form.getValue().equals(r.getFigure().getValue())
						&& r.getFigure().getQualifier() == form.getQualifier()
						&& java.util.Objects.equals(r.getSpeaker(), form.getSpeaker()));
			if (!repeats) {
				reports.save(new MovementReport(movement, form.figure(), form.getTally(), form.getSource(), form.getSpeaker(),
						form.getQuote(), form.passage(), recordedBy));
			}
			return new Imported(movement, false, repeats);
		}
		Movement movement = new Movement(form.getKind(), form.getFrom(), form.getCohort(), form.figure(), form.getStatus(),
				form.getTally(), form.getSource(), form.getSpeaker());
		apply(movement, form);
		Movement saved = movements.save(movement);
		reports.save(new MovementReport(saved, form.figure(), form.getTally(), form.getSource(), form.getSpeaker(),
				form.getQuote(), form.passage(), recordedBy));
		return new Imported(saved, true, false);
	}

	/**
	 * A movement that looks like a stored one (the same from, to and cohort over overlapping dates, from
	 * any source) asks for confirmation: the same transfer told twice is one movement with two reports.
	 * Two such saves at once take turns, so the second sees the first.
	 */
	private void refuseDuplicate(MovementForm form, Long exceptId) {
		if (form.isConfirmDuplicate()) {
			return;
		}
		Long to = form.getTo() == null ? null : form.getTo().getId();
		PartialDate started = form.started();
		PartialDate ended = form.ended();
		PartialDate first = started != null ? started : ended;
		PartialDate last = ended != null ? ended : started;
		locks.lock("movement", form.getFrom().getId(), to, form.getCohort().getId());
		movements.findLikelySameId(form.getFrom().getId(), to, form.getCohort().getId(),
				first == null ? null : first.date(), last == null ? null : last.lastDay(),
				exceptId == null ? -1 : exceptId)
			.ifPresent(id -> {
				throw new DuplicateRecordException(find(id));
			});
	}

	private static void apply(Movement movement, MovementForm form) {
		movement.revise(form.getKind(), form.getFrom(), form.getTo(), form.getCohort(), form.figure(), form.started(),
				form.ended(), form.getOperator(), form.getStatus(), form.getTally(), form.getSource(), form.getSpeaker(),
				form.getQuote());
		movement.setInternal(form.isInternal());
	}

}
