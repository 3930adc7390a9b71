package org.detaineetracker.movement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.web.RecordNotFoundException;
import org.detaineetracker.web.Versions;

/** Writes movements: create and revise, each in one transaction (one revision). */
@Service
public class MovementService {

	private final MovementRepository movements;

	MovementService(MovementRepository movements) {
		this.movements = movements;
	}

	@Transactional
	public Movement create(MovementForm form) {
		Movement movement = new Movement(form.getKind(), form.getFrom(), form.getCohort(), form.figure(),
				form.getStatus(), form.getTally(), form.getSource(), form.getSpeaker());
		revise(movement, form);
		movement.setPassage(form.passage());
		return movements.save(movement);
	}

	@Transactional
	public void revise(long id, MovementForm form) {
		Movement movement = find(id);
		Versions.require(form.getVersion(), movement.getVersion(), "movement", id);
		revise(movement, form);
	}

	/** The movement with its facilities, cohort, source and operator. */
	@Transactional(readOnly = true)
	public Movement find(long id) {
		return movements.findForFormById(id).orElseThrow(() -> new RecordNotFoundException("movement", id));
	}

	private static void revise(Movement movement, MovementForm form) {
		movement.revise(form.getKind(), form.getFrom(), form.getTo(), form.getCohort(), form.figure(), form.started(),
				form.ended(), form.getOperator(), form.getStatus(), form.getTally(), form.getSource(), form.getSpeaker(),
				form.getQuote());
	}

}
