package org.detaineetracker.holder;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

import org.detaineetracker.custody.HolderKind;
import org.detaineetracker.estimate.EstimateSnapshots;
import org.detaineetracker.estimate.Placed;
import org.detaineetracker.estimate.Snapshot;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.movement.MovementQueries;
import org.detaineetracker.population.PopulationHistory;
import org.detaineetracker.population.TotalsChart;
import org.detaineetracker.population.TotalsOverTime;
import org.detaineetracker.web.RecordNotFoundException;

/**
 * {@code /holders/{slug}}: who a holder held, how many people it holds over time by the population
 * model (with how each total is derived), and how many the latest reports naming it add up to. Four
 * statements while the estimates and the population's whole picture are current (holder with its
 * custody periods, the data version, movements, and the whole history of reports of the places it
 * held with the data version), whatever the number of figures and movements.
 */
@Controller
class HolderController {

	static final int MOVEMENT_LIMIT = 200;

	static final int ESTIMATES_SHOWN = 50;

	private final JdbcClient jdbc;

	private final EstimateSnapshots snapshots;

	private final MovementQueries movements;

	private final PopulationHistory population;

	private final JsonMapper json;

	HolderController(JdbcClient jdbc, EstimateSnapshots snapshots, MovementQueries movements,
			PopulationHistory population, JsonMapper json) {
		this.jdbc = jdbc;
		this.snapshots = snapshots;
		this.movements = movements;
		this.population = population;
		this.json = json;
	}

	@GetMapping("/holders/{slug}")
	@Transactional(readOnly = true)
	String holder(@PathVariable String slug, KnownOn knownOn, Model model) {
		record Row(String slug, String name, String shortName, HolderKind kind, String countryCode, String facilitySlug,
				String facilityName, String facilityCountry, java.time.LocalDate startedOn, DatePrecision startedPrecision,
				java.time.LocalDate endedOn, DatePrecision endedPrecision, Long sourceId, String sourceOutlet) {
		}
		List<Row> rows = jdbc.sql("""
				select h.slug, h.name, h.short_name, h.kind, h.country_code, f.slug as facility_slug,
				       f.name as facility_name, f.country_code as facility_country, p.started_on, p.started_precision,
				       p.ended_on, p.ended_precision, s.id as source_id, s.outlet as source_outlet
				from custody_holder h
				left join (custody_period p join source s on s.id = p.source_id and source_known_on(s.known_from, :knownOn)
				           join facility f on f.id = p.facility_id) on p.holder_id = h.id
				where h.slug = :slug
				order by p.started_on nulls first, p.ended_on nulls last, f.name""")
			.param("slug", slug)
			.param("knownOn", knownOn.latestKnownFrom())
			.query(Row.class)
			.list();
		if (rows.isEmpty()) {
			throw new RecordNotFoundException("custody holder", slug);
		}
		Row first = rows.get(0);
		List<HolderPage.Held> held = new ArrayList<>();
		rows.stream()
			.filter(r -> r.facilitySlug() != null)
			.forEach(r -> held.add(new HolderPage.Held(r.facilitySlug(), r.facilityName(), r.facilityCountry(),
					r.startedOn(), r.startedPrecision(), r.endedOn(), r.endedPrecision(), r.sourceId(), r.sourceOutlet())));
		Snapshot snapshot = snapshots.at(knownOn);
		List<Placed> estimates = snapshot.estimates().stream().filter(p -> slug.equals(p.holderSlug())).toList();
		TotalsOverTime totals = population.holder(slug, knownOn).orElseThrow(() -> new RecordNotFoundException("custody holder", slug));
		model.addAttribute("totals", totals);
		// "<" escaped, so the JSON can never close the script element it sits in.
		model.addAttribute("chart", json
			.writeValueAsString(TotalsChart.of(totals, change -> slug.equals(change.toSlug())))
			.replace("<", "\\u003c"));
		model.addAttribute("estimatesShown", ESTIMATES_SHOWN);
		model.addAttribute("movementLimit", MOVEMENT_LIMIT);
		model.addAttribute("page", new HolderPage(
				new HolderPage.Holder(first.slug(), first.name(), first.shortName(), first.kind(), first.countryCode()),
				held, snapshot.byHolder(slug), estimates,
				movements.forHolder(slug, knownOn, MOVEMENT_LIMIT)));
		return "holders/show";
	}

}
