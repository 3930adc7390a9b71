package org.detaineetracker.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.detaineetracker.kernel.Bounds;

/** The JSON shapes of the collections a script syncs; every item says when it last changed. */
final class ChangeViews {

	private ChangeViews() {
	}

	record CountItem(long id, String facility, String cohort, String custodyHolder, int value, String qualifier,
			Integer valueHigh, ApiViews.BoundsView bounds, ApiViews.DateView asOf, ApiViews.SourceRef source,
			String speaker, String quote, String status, Instant updatedAt, String href) {

		static CountItem of(ChangeQueries.Count c) {
			return new CountItem(c.id(), c.facility(), c.cohort(), c.holder(), c.value(), c.qualifier(), c.valueHigh(),
					new ApiViews.BoundsView(c.lower(), c.upper()), ApiViews.DateView.of(c.asOf()),
					new ApiViews.SourceRef(c.source(), c.outlet(), "/api/sources/" + c.source()), c.speaker(), c.quote(),
					c.retracted() ? "RETRACTED" : "ACTIVE", c.updatedAt(), "/api/facilities/" + c.facility() + "/counts");
		}

	}

	record ReportItem(long id, int value, String qualifier, Integer valueHigh, ApiViews.BoundsView bounds, String tally,
			ApiViews.SourceRef source, String speaker, String quote) {

		static ReportItem of(ChangeQueries.Report r) {
			return new ReportItem(r.id(), r.value(), r.qualifier(), r.valueHigh(), new ApiViews.BoundsView(r.lower(), r.upper()),
					r.tally(), new ApiViews.SourceRef(r.source(), r.outlet(), "/api/sources/" + r.source()), r.speaker(),
					r.quote());
		}

	}

	record MovementItem(long id, String kind, String from, String to, String cohort, String operator,
			ApiViews.DateView started, ApiViews.DateView ended, String status, List<ReportItem> reports,
			Instant updatedAt) {

		static MovementItem of(ChangeQueries.Movement m) {
			return new MovementItem(m.id(), m.kind(), m.from(), m.to(), m.cohort(), m.operator(),
					ApiViews.DateView.of(m.started()), ApiViews.DateView.of(m.ended()), m.status(),
					m.reports().stream().map(ReportItem::of).toList(), m.updatedAt());
		}

	}

	record HolderItem(long id, String slug, String name, String shortName, String kind, String countryCode,
			Instant updatedAt) {

		static HolderItem of(ChangeQueries.Holder h) {
			return new HolderItem(h.id(), h.slug(), h.name(), h.shortName(), h.kind(), h.countryCode(), h.updatedAt());
		}

	}

	record CohortItem(long id, String slug, String name, String description, String parent, Instant updatedAt) {

		static CohortItem of(ChangeQueries.Cohort c) {
			return new CohortItem(c.id(), c.slug(), c.name(), c.description(), c.parent(), c.updatedAt());
		}

	}

	record SourceItem(long id, String outlet, String title, String url, String kind, ApiViews.DateView published,
			LocalDate knownFrom, Long cites, Instant updatedAt, String href) {

		static SourceItem of(ChangeQueries.Source s) {
			return new SourceItem(s.id(), s.outlet(), s.title(), s.url(), s.kind(), ApiViews.DateView.of(s.published()),
					s.knownFrom(), s.cites(), s.updatedAt(), "/api/sources/" + s.id());
		}

	}

}
