package org.detaineetracker.facilitypage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.count.CountWithRoot;
import org.detaineetracker.count.ReportedCount;
import org.detaineetracker.count.ReportedCountRepository;
import org.detaineetracker.estimate.EstimateSnapshots;
import org.detaineetracker.estimate.FacilityEstimates;
import org.detaineetracker.estimate.Placed;
import org.detaineetracker.facility.Facility;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.movement.Movement;
import org.detaineetracker.movement.MovementRepository;
import org.detaineetracker.population.FacilityPopulation;
import org.detaineetracker.population.PopulationService;
import org.detaineetracker.web.RecordNotFoundException;

/**
 * Loads a facility page in four statements, however many figures and movements the facility has:
 * the facility with its aliases, sites and custody; the figures of the facility and its group (for
 * the estimates); its movements; and its population (its and its group's figures as the model reads
 * them, with the data version that says whether the whole picture in memory is current). A group's
 * page adds one: its sites' latest estimates come from the estimate snapshot, which costs one
 * statement while it is current. Each statement keeps to what was known on the view's date.
 */
@Service
public class FacilityPageService {

	private final FacilityPageRepository pages;

	private final ReportedCountRepository counts;

	private final MovementRepository movements;

	private final TimelineCharts charts;

	private final EstimateSnapshots snapshots;

	private final PopulationService population;

	FacilityPageService(FacilityPageRepository pages, ReportedCountRepository counts, MovementRepository movements,
			TimelineCharts charts, EstimateSnapshots snapshots, PopulationService population) {
		this.population = population;
		this.pages = pages;
		this.counts = counts;
		this.movements = movements;
		this.charts = charts;
		this.snapshots = snapshots;
	}

	@Transactional(readOnly = true)
	public FacilityPage load(String slug) {
		return load(slug, KnownOn.now());
	}

	/** The page without its population (the API's view of a facility): three statements, four for a group. */
	@Transactional(readOnly = true)
	public FacilityPage load(String slug, KnownOn knownOn) {
		return load(slug, knownOn, false);
	}

	/** The whole page, with how many people it holds per cohort: one statement more. */
	@Transactional(readOnly = true)
	public FacilityPage page(String slug, KnownOn knownOn) {
		return load(slug, knownOn, true);
	}

	/**
	 * A facility's figures and what they say together, without its movements, custody or chart (the
	 * API's list of figures): two statements, three for a group.
	 */
	@Transactional(readOnly = true)
	public FacilityFigures figures(String slug, KnownOn knownOn) {
		return figuresOf(found(slug, knownOn).facility(), knownOn);
	}

	private FacilityPageRepository.FacilityWithCustody found(String slug, KnownOn knownOn) {
		return pages.findPageBySlug(slug, knownOn).orElseThrow(() -> new RecordNotFoundException("facility", slug));
	}

	private FacilityFigures figuresOf(Facility facility, KnownOn knownOn) {
		int sites = facility.getChildren().size();
		Long parentId = facility.getParent() == null ? null : facility.getParent().getId();
		List<Long> ids = new ArrayList<>();
		ids.add(facility.getId());
		if (parentId != null) {
			ids.add(parentId);
		}
		List<CountWithRoot> related = counts.findForFacilities(ids, knownOn);
		// A group may have a hundred sites with a hundred figures each: their latest estimates come
		// from the snapshot (one statement while it is current) instead of loading every figure.
		List<Placed> siteEstimates = sites == 0 ? List.of() : snapshots.at(knownOn).sitesOf(facility.getId());
		List<ReportedCount> own = related.stream()
			.map(CountWithRoot::count)
			.filter(c -> c.getFacility().getId().equals(facility.getId()))
			.toList();
		Map<Long, Long> independentSources = related.stream()
			.collect(Collectors.toMap(c -> c.count().getId(), CountWithRoot::rootSourceId));
		// Now, the page lists retracted figures too (marked); they never count towards estimates.
		FacilityEstimates estimates = FacilityEstimates.of(facility.getId(), parentId, sites, related, c -> c.countsOn(knownOn),
				siteEstimates);
		return new FacilityFigures(facility, own, independentSources, estimates);
	}

	private FacilityPage load(String slug, KnownOn knownOn, boolean withPopulation) {
		FacilityPageRepository.FacilityWithCustody found = found(slug, knownOn);
		Facility facility = found.facility();
		FacilityFigures figures = figuresOf(facility, knownOn);
		List<ReportedCount> own = figures.counts();
		List<Movement> moves = movements.findTouching(facility, knownOn.latestKnownFrom());
		FacilityPopulation people = withPopulation ? population.facility(facility.getId(), knownOn)
				: FacilityPopulation.none(facility.getId(), PopulationService.dayOf(knownOn));
		return new FacilityPage(facility, own,
				moves.stream().filter(m -> m.getFrom().equals(facility)).toList(),
				moves.stream().filter(m -> facility.equals(m.getTo())).toList(),
				found.custodyPeriods(), figures.estimates(),
				charts.json(own.stream().filter(c -> c.countsOn(knownOn)).toList(), people), knownOn,
				figures.independentSources(), people);
	}

}
