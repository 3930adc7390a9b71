package org.detaineetracker.movement;

import org.springframework.stereotype.Service;
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

	private final FormSubmissions submissions;

	private final RecordLocks locks;

	MovementService(MovementRepository movements, FormSubmissions submissions, RecordLocks locks) {
		this.movements = movements;
		this.submissions = submissions;
		this.locks = locks;
	}

	/** Once per submitted form; a movement that repeats a stored one needs the editor's confirmation. */
	@Transactional
	public Movement create(MovementForm form) {
		return submissions.once(form.getSubmissionToken(), "movement", () -> {
			refuseDuplicate(form, null);
			Movement movement = new Movement(form.getKind(), form.getFrom(), form.getCohort(), form.figure(),
					form.getStatus(), form.getTally(), form.getSource(), form.getSpeaker());
			apply(movement, form);
			movement.setPassage(form.passage());
			return movements.save(movement);
		}, Movement::getId, this::find);
	}

	@Transactional
	public Movement revise(long id, MovementForm form) {
		Movement movement = find(id);
		Versions.require(form.getVersion(), movement.getVersion(), "movement", id, () -> MovementForm.of(movement));
		apply(movement, form);
		Writes.flush(movements, form, "movement", id);
		return movement;
	}

	/** The movement with its facilities, cohort, source and operator. */
	@Transactional(readOnly = true)
	public Movement find(long id) {
		return movements.findForFormById(id).orElseThrow(() -> new RecordNotFoundException("movement", id));
	}

	/**
	 * The same from, to, cohort, dates and source as a stored movement asks for confirmation (the same
	 * transfer told twice is one movement). Two such saves at once take turns, so the second sees the first.
	 */
	private void refuseDuplicate(MovementForm form, Long exceptId) {
		if (form.isConfirmDuplicate()) {
			return;
		}
		Long to = form.getTo() == null ? null : form.getTo().getId();
		PartialDate started = form.started();
		PartialDate ended = form.ended();
		locks.lock("movement", form.getFrom().getId(), to, form.getCohort().getId(), form.getSource().getId());
		movements.findDuplicateId(form.getFrom().getId(), to, form.getCohort().getId(), form.getSource().getId(),
				started == null ? null : started.date(), ended == null ? null : ended.date(),
				exceptId == null ? -1 : exceptId)
			.ifPresent(id -> {
				throw new DuplicateRecordException(find(id));
			});
	}

	private static void apply(Movement movement, MovementForm form) {
		movement.revise(form.getKind(), form.getFrom(), form.getTo(), form.getCohort(), form.figure(), form.started(),
				form.ended(), form.getOperator(), form.getStatus(), form.getTally(), form.getSource(), form.getSpeaker(),
				form.getQuote());
	}

}
