package org.detaineetracker.facilitypage;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import org.detaineetracker.facility.FacilityKind;

/**
 * What the facilities index is filtered by, read the same way for the page and the API: blank
 * values mean "any", a country is a two-letter ISO 3166-1 code (anything else is a 400 that says
 * so), text is trimmed.
 *
 * @param country upper-case alpha-2 code, or null
 * @param kind the kind of facility, or null
 * @param holder a custody holder's slug, or null
 * @param query words to find in names and aliases, or null
 */
public record FacilityFilter(String country, FacilityKind kind, String holder, String query) {

	public static FacilityFilter of(String country, FacilityKind kind, String holder, String query) {
		String code = blankToNull(country);
		if (code != null && !code.matches("[A-Za-z]{2}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Country must be a two-letter ISO 3166-1 code such as SY or IQ, not '" + country + "'.");
		}
		return new FacilityFilter(code == null ? null : code.toUpperCase(Locale.ROOT), kind, blankToNull(holder),
				blankToNull(query));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
