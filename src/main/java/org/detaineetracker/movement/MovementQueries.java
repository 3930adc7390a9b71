package org.detaineetracker.movement;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.kernel.KnownOn;

/** Lists of movements that pages above the records show, each in one statement. */
@Service
public class MovementQueries {

	private final MovementRepository movements;

	MovementQueries(MovementRepository movements) {
		this.movements = movements;
	}

	/** Every movement known on the date, newest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<Movement> allKnown(KnownOn knownOn, int limit) {
		return movements.findAllKnown(knownOn.latestKnownFrom(), Limit.of(limit));
	}

	/** Movements a custody holder operated, or out of or into the facilities it held, known on the date. */
	@Transactional(readOnly = true)
	public List<Movement> forHolder(String holderSlug, KnownOn knownOn, int limit) {
		return movements.findForHolder(holderSlug, knownOn.latestKnownFrom(), Limit.of(limit));
	}

}
