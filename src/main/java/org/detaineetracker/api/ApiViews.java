package org.detaineetracker.api;

import java.time.LocalDate;
import java.util.List;

import org.detaineetracker.count.ReportedCount;
import org.detaineetracker.custody.CustodyPeriod;
import org.detaineetracker.estimate.CohortEstimates;
import org.detaineetracker.estimate.Estimate;
import org.detaineetracker.facility.Facility;
import org.detaineetracker.facilitypage.FacilityRow;
import org.detaineetracker.kernel.Bounds;
import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.source.Source;

/** The JSON shapes of the read-only API: plain records, so the wire format is what you read here. */
final class ApiViews {

	private ApiViews() {
	}

	/** A date as precise as it is known: {@code {"date": "2026-01-01", "precision": "MONTH", "lastDay": "2026-01-31"}}. */
	record DateView(LocalDate date, String precision, LocalDate lastDay) {

		static DateView of(PartialDate date) {
			return date == null ? null : new DateView(date.date(), date.precision().name(), date.lastDay());
		}

	}

	/** Whole-number bounds; a null upper means no upper limit. */
	record BoundsView(int lower, Integer upper) {

		static BoundsView of(Bounds bounds) {
			return bounds == null ? null : new BoundsView(bounds.lower(), bounds.upper());
		}

	}

	record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages, LocalDate knownOn) {
	}

	record FacilitySummary(String slug, String name, String kind, String countryCode, String admin1,
			String currentHolder, long figures, LocalDate latestAsOf, String partOf, String href) {

		static FacilitySummary of(FacilityRow row) {
			return new FacilitySummary(row.slug(), row.name(), row.kind().name(), row.countryCode(), row.admin1(),
					row.currentHolder(), row.reportCount(), row.latestAsOf(), row.parentSlug(), "/api/facilities/" + row.slug());
		}

	}

	record FacilityRef(String slug, String name, String href) {

		static FacilityRef of(Facility facility) {
			return facility == null ? null
					: new FacilityRef(facility.getSlug(), facility.getName(), "/api/facilities/" + facility.getSlug());
		}

	}

	record CustodyView(String holder, String holderName, DateView from, DateView to, long source) {

		static CustodyView of(CustodyPeriod period) {
			return new CustodyView(period.getHolder().getSlug(), period.getHolder().getName(),
					DateView.of(period.getStarted()), DateView.of(period.getEnded()), period.getSource().getId());
		}

	}

	record Disagreement(long lower, long higher) {
	}

	/** An estimate: {@code range} is null for a conflict, whose {@code disagreements} name the report ids. */
	record EstimateView(String cohort, LocalDate windowStart, LocalDate windowEnd, boolean conflict, BoundsView range,
			BoundsView spread, int independentSources, List<Long> reports, List<Disagreement> disagreements) {

		static EstimateView of(String cohort, Estimate estimate) {
			return estimate == null ? null
					: new EstimateView(cohort, estimate.windowStart(), estimate.windowEnd(), estimate.isConflict(),
							BoundsView.of(estimate.range()), BoundsView.of(estimate.hull()), estimate.independentSources(),
							estimate.reports().stream().map(r -> r.id()).toList(),
							estimate.disagreements().stream().map(d -> new Disagreement(d.lower().id(), d.higher().id())).toList());
		}

	}

	record CohortView(String cohort, String cohortName, EstimateView latest, List<EstimateView> history,
			BoundsView sitesSum, int sitesReporting, int sites) {

		static CohortView of(CohortEstimates estimates) {
			String slug = estimates.cohort().slug();
			return new CohortView(slug, estimates.cohort().name(), EstimateView.of(slug, estimates.latest()),
					estimates.timeline().stream().map(e -> EstimateView.of(slug, e)).toList(),
					BoundsView.of(estimates.sitesSum()), estimates.sitesReporting(), estimates.sites());
		}

	}

	/**
	 * One facility.
	 *
	 * @param estimates what its reports say together, per cohort: the reports alone, as the facility
	 *     page's "What the figures say together"
	 * @param population where the population model's estimate over time is, which reads the reports
	 *     together with the movements and custody: the facility page's "How many are held here now"
	 */
	record FacilityView(String slug, String name, String kind, String status, String countryCode, String admin1,
			List<String> aliases, Double latitude, Double longitude, String coordinatePrecision, FacilityRef parent,
			List<FacilityRef> children, List<CustodyView> custody, List<CohortView> estimates,
			List<CohortView> groupEstimates, LocalDate knownOn, String counts, String population) {
	}

	record SourceRef(long id, String outlet, String href) {

		static SourceRef of(Source source) {
			return new SourceRef(source.getId(), source.getOutlet(), "/api/sources/" + source.getId());
		}

	}

	/** A figure; {@code independentSource} is the id of the source at the root of its source's cites chain. */
	record CountView(long id, String facility, String cohort, String custodyHolder, int value, String qualifier,
			Integer valueHigh, String words, BoundsView bounds, DateView asOf, SourceRef source, long independentSource,
			String speaker, String quote, String status) {

		static CountView of(ReportedCount count, String words, long independentSource, boolean retracted) {
			return new CountView(count.getId(), count.getFacility().getSlug(), count.getCohort().getSlug(),
					count.getCustodyHolder() == null ? null : count.getCustodyHolder().getSlug(),
					count.getFigure().getValue(), count.getFigure().getQualifier().name(), count.getFigure().getValueHigh(),
					words, BoundsView.of(count.getFigure().getBounds()), DateView.of(count.getAsOf()),
					SourceRef.of(count.getSource()), independentSource, count.getSpeaker(), count.getQuote(),
					retracted ? "RETRACTED" : "ACTIVE");
		}

	}

	record Counts(String facility, LocalDate knownOn, List<CountView> counts, List<CohortView> estimates) {
	}

	record SourceCount(long id, String facility, String cohort, String words, DateView asOf, String href) {
	}

	record SourceView(long id, String outlet, String title, String url, String kind, DateView published,
			LocalDate knownFrom, SourceRef cites, long independentSource, List<SourceRef> citedBy,
			List<SourceCount> counts, String note) {
	}

}
