package org.detaineetracker.facility;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.count.ReportedCountRepository;
import org.detaineetracker.movement.Movement;
import org.detaineetracker.movement.MovementRepository;
import org.detaineetracker.system.RecordNotFoundException;

/** Loads a facility page in three statements, however many figures the facility has. */
@Service
public class FacilityPageService {

	private final FacilityRepository facilities;

	private final ReportedCountRepository counts;

	private final MovementRepository movements;

	FacilityPageService(FacilityRepository facilities, ReportedCountRepository counts, MovementRepository movements) {
		this.facilities = facilities;
		this.counts = counts;
		this.movements = movements;
	}

	@Transactional(readOnly = true)
	public FacilityPage load(String slug) {
		Facility facility = facilities.findPageBySlug(slug).orElseThrow(() -> new RecordNotFoundException("facility", slug));
		List<Movement> moves = movements.findTouching(facility);
		return new FacilityPage(facility, counts.findForFacilityPage(facility),
				moves.stream().filter(m -> m.getFrom().equals(facility)).toList(),
				moves.stream().filter(m -> facility.equals(m.getTo())).toList());
	}

}
