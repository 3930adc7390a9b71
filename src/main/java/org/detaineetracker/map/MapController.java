package org.detaineetracker.map;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

import org.detaineetracker.kernel.Countries;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.population.PopulationService;
import org.detaineetracker.population.SitePopulation;
import org.detaineetracker.population.SitesOnDate;

/**
 * {@code /map}: every facility with coordinates, its marker sized by its estimated population (the
 * lower end filled, the upper end a ring, an open upper end a dashed ring), coloured by who holds it
 * on the date, its coordinates' precision drawn as a circle of uncertainty; filtered like the other
 * pages by country, holder, cohort and the known-on date. The same facilities are listed in a table
 * beneath, which is the map for anyone who cannot see it. {@code /embed/map} is the map alone.
 */
@Controller
@EnableConfigurationProperties(MapTiles.class)
class MapController {

	/** Colours for holders, in order of their names; distinct for the common forms of colour blindness. */
	static final List<String> PALETTE = List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
			"#8c564b", "#555555");

	/** Radius of the circle of uncertainty, in metres, per coordinate precision. */
	static final Map<String, Integer> UNCERTAINTY = Map.of("EXACT", 100, "SITE", 1_000, "SETTLEMENT", 10_000, "ADMIN1",
			75_000);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Located(long id, String slug, String name, String kind, BigDecimal latitude, BigDecimal longitude,
			String coordinatePrecision, String countryCode) {
	}

	/** A cohort's estimate at a facility, as the marker and the table show it. */
	record Estimate(String cohort, String cohortName, long lower, Long upper, String words, String newest, boolean conflict) {
	}

	/** One marker: where, how sure, who holds it, and how many. */
	record Marker(String slug, String name, String country, double lat, double lon, String precision, int uncertainty,
			String holder, String holderName, String color, long lower, Long upper, List<Estimate> estimates) {
	}

	record Choice(String value, String label) {
	}

	private final JdbcClient jdbc;

	private final PopulationService population;

	private final Countries countries;

	private final MapTiles tiles;

	MapController(JdbcClient jdbc, PopulationService population, Countries countries, MapTiles tiles) {
		this.jdbc = jdbc;
		this.population = population;
		this.countries = countries;
		this.tiles = tiles;
	}

	@GetMapping("/map")
	String map(@RequestParam(required = false) String country, @RequestParam(required = false) String holder,
			@RequestParam(required = false) String cohort, KnownOn knownOn, Model model) {
		fill(model, country, holder, cohort, knownOn);
		return "map/show";
	}

	@GetMapping("/embed/map")
	String embed(@RequestParam(required = false) String country, @RequestParam(required = false) String holder,
			@RequestParam(required = false) String cohort, KnownOn knownOn, Model model) {
		fill(model, country, holder, cohort, knownOn);
		return "embed/map";
	}

	private void fill(Model model, String country, String holder, String cohort, KnownOn knownOn) {
		String countryCode = blankToNull(country);
		String holderSlug = blankToNull(holder);
		String cohortSlug = blankToNull(cohort);
		if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'" + country + "' is not a country: expected an ISO 3166-1 alpha-2 code in capitals, such as SY.");
		}
		List<Located> located = jdbc.sql("""
				select id, slug, name, kind, latitude, longitude, coordinate_precision, country_code
				from facility where latitude is not null and longitude is not null and kind <> 'GROUP'
				order by sort_key, id""").query(Located.class).list();
		SitesOnDate sites = population.sites(knownOn);

		Map<Long, List<SitePopulation>> bySite = new LinkedHashMap<>();
		Map<String, String> cohorts = new LinkedHashMap<>();
		for (SitePopulation site : sites.populations()) {
			bySite.computeIfAbsent(site.place().id(), k -> new ArrayList<>()).add(site);
			cohorts.putIfAbsent(site.cohortSlug(), site.cohortName());
		}
		// the legend: every holder of a site on the map, whether or not a population is known there
		Map<String, String> holders = new TreeMap<>();
		for (Located facility : located) {
			SitesOnDate.HeldBy heldBy = sites.holders().get(facility.id());
			if (heldBy != null) {
				holders.put(heldBy.name(), heldBy.slug());
			}
		}
		if (cohortSlug != null && !cohorts.containsKey(cohortSlug)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No population is known for a cohort '" + cohort + "'.");
		}
		Map<String, String> colors = new LinkedHashMap<>();
		holders.values().forEach(slug -> colors.put(slug, PALETTE.get(colors.size() % PALETTE.size())));

		List<Marker> markers = new ArrayList<>();
		for (Located facility : located) {
			List<SitePopulation> here = bySite.getOrDefault(facility.id(), List.of()).stream()
				.filter(s -> cohortSlug == null || s.cohortSlug().equals(cohortSlug))
				.toList();
			SitesOnDate.HeldBy holderHere = sites.holders().get(facility.id());
			String heldBy = holderHere == null ? null : holderHere.slug();
			// a cohort chosen keeps the facilities where that cohort is known to be held
			if ((countryCode != null && !countryCode.equals(facility.countryCode()))
					|| (holderSlug != null && !holderSlug.equals(heldBy)) || (cohortSlug != null && here.isEmpty())) {
				continue;
			}
			String heldByName = holderHere == null ? null : holderHere.name();
			List<Estimate> estimates = here.stream()
				.map(s -> new Estimate(s.cohortSlug(), s.cohortName(), s.range().lower(), s.range().upper(), s.range().words(),
						s.newestEvidence() == null ? null : s.newestEvidence().words(), s.conflict()))
				.toList();
			// the marker shows the largest cohort here (by its lower end): cohorts may nest, so they are not added up
			Estimate largest = estimates.stream().max(Comparator.comparingLong(Estimate::lower)).orElse(null);
			markers.add(new Marker(facility.slug(), facility.name(), countries.name(facility.countryCode()),
					facility.latitude().doubleValue(), facility.longitude().doubleValue(), facility.coordinatePrecision(),
					UNCERTAINTY.getOrDefault(facility.coordinatePrecision(), 10_000), heldBy, heldByName,
					heldBy == null ? "#777777" : colors.get(heldBy), largest == null ? 0 : largest.lower(),
					largest == null ? Long.valueOf(0) : largest.upper(), estimates));
		}

		Map<String, Object> data = new LinkedHashMap<>();
		data.put("markers", markers);
		data.put("tileUrl", tiles.tileUrl());
		data.put("tileAttribution", tiles.tileAttribution());
		model.addAttribute("markers", markers);
		// inside a script element: "</" would end it, so "<" is written as a JSON escape
		model.addAttribute("mapData", JSON.writeValueAsString(data).replace("<", "\\u003c"));
		model.addAttribute("legend", colors.entrySet().stream()
			.map(e -> new Choice(e.getValue(), holders.entrySet().stream().filter(h -> h.getValue().equals(e.getKey()))
				.map(Map.Entry::getKey).findFirst().orElse(e.getKey())))
			.toList());
		model.addAttribute("countryChoices", located.stream().map(Located::countryCode).distinct().sorted()
			.map(code -> new Choice(code, countries.name(code))).toList());
		model.addAttribute("holderChoices", holders.entrySet().stream().map(e -> new Choice(e.getValue(), e.getKey())).toList());
		model.addAttribute("cohortChoices", cohorts.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList());
		model.addAttribute("country", countryCode);
		model.addAttribute("holder", holderSlug);
		model.addAttribute("cohort", cohortSlug);
		model.addAttribute("date", knownOn.isActive() ? knownOn.date() : LocalDate.now(java.time.ZoneOffset.UTC));
		model.addAttribute("missing", jdbc.sql("select count(*) from facility where (latitude is null or longitude is null)"
				+ " and kind <> 'GROUP'").query(Long.class).single());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
