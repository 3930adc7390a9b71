package org.detaineetracker.countrypage;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

import org.detaineetracker.kernel.Countries;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.population.PopulationHistory;
import org.detaineetracker.population.TotalsChart;
import org.detaineetracker.population.TotalsOverTime;
import org.detaineetracker.web.RecordNotFoundException;

/**
 * {@code /countries/{code}} (ISO 3166-1 alpha-2, such as {@code /countries/IQ}): how many people are
 * held in the country's custody over time, by who holds each place (a holder's country, or the
 * place's own where nobody is known to hold it), per cohort with each total's derivation. One
 * statement while the population's whole picture is current: the whole history of reports of the
 * places in the country or held from it, with the data version.
 */
@Controller
class CountryController {

	private final PopulationHistory population;

	private final Countries countries;

	private final JsonMapper json;

	CountryController(PopulationHistory population, Countries countries, JsonMapper json) {
		this.population = population;
		this.countries = countries;
		this.json = json;
	}

	@GetMapping("/countries/{code}")
	String country(@PathVariable String code, KnownOn knownOn, Model model) {
		if (!code.matches("[A-Za-z]{2}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'" + code + "' is not a valid country; expected an ISO 3166-1 alpha-2 code, such as IQ.");
		}
		String iso = code.toUpperCase(Locale.ROOT);
		if (!PopulationHistory.isCountryCode(iso)) {
			throw new RecordNotFoundException("country", code);
		}
		TotalsOverTime totals = population.country(iso, knownOn);
		model.addAttribute("code", iso);
		model.addAttribute("name", countries.name(iso));
		model.addAttribute("totals", totals);
		// "<" escaped, so the JSON can never close the script element it sits in.
		model.addAttribute("chart", json
			.writeValueAsString(TotalsChart.of(totals, change -> iso.equals(change.toCountry())))
			.replace("<", "\\u003c"));
		return "countries/show";
	}

}
