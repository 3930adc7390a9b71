package org.detaineetracker.facility;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.count.ReportedCount;
import org.detaineetracker.count.ReportedCountRepository;
import org.detaineetracker.estimate.FacilityEstimates;
import org.detaineetracker.knownon.KnownOn;
import org.detaineetracker.movement.Movement;
import org.detaineetracker.movement.MovementRepository;
import org.detaineetracker.system.RecordNotFoundException;

/**
 * Loads a facility page in three statements, however many figures the facility has: the facility
 * with its aliases, sites and custody; the figures of the facility, its group and its sites (for the
 * estimates); and its movements.
 */
@Service
public class FacilityPageService {

	private final FacilityRepository facilities;

	private final ReportedCountRepository counts;

	private final MovementRepository movements;

	private final TimelineCharts charts;

	FacilityPageService(FacilityRepository facilities, ReportedCountRepository counts, MovementRepository movements,
			TimelineCharts charts) {
		this.facilities = facilities;
		this.counts = counts;
		this.movements = movements;
		this.charts = charts;
	}

	@Transactional(readOnly = true)
	public FacilityPage load(String slug) {
		return load(slug, KnownOn.now());
	}

	@Transactional(readOnly = true)
	public FacilityPage load(String slug, KnownOn knownOn) {
		Facility facility = facilities.findPageBySlug(slug).orElseThrow(() -> new RecordNotFoundException("facility", slug));
		Set<Long> childIds = facility.getChildren().stream().map(Facility::getId).collect(Collectors.toSet());
		Long parentId = facility.getParent() == null ? null : facility.getParent().getId();
		List<Long> ids = new ArrayList<>(childIds);
		ids.add(facility.getId());
		if (parentId != null) {
			ids.add(parentId);
		}
		List<ReportedCount> related = counts.findForFacilities(ids);
		List<ReportedCount> own = related.stream()
			.filter(c -> c.getFacility().getId().equals(facility.getId()))
			.filter(knownOn::shows)
			.toList();
		FacilityEstimates estimates = FacilityEstimates.of(facility.getId(), parentId, childIds, related, knownOn::counts);
		List<Movement> moves = movements.findTouching(facility).stream().filter(m -> knownOn.knows(m.getSource())).toList();
		return new FacilityPage(facility, own,
				moves.stream().filter(m -> m.getFrom().equals(facility)).toList(),
				moves.stream().filter(m -> facility.equals(m.getTo())).toList(),
				facility.getCustodyPeriods().stream().filter(p -> knownOn.knows(p.getSource())).toList(), estimates,
				charts.json(own.stream().filter(knownOn::counts).toList(), estimates), knownOn);
	}

}
