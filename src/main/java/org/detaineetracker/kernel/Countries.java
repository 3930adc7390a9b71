package org.detaineetracker.kernel;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Country names and ISO 3166-1 alpha-3 codes from the alpha-2 codes the database stores. */
@Component("countries")
public class Countries {

	public String name(String alpha2) {
		if (alpha2 == null) {
			return "";
		}
		String name = new Locale.Builder().setRegion(alpha2).build().getDisplayCountry(LocaleContextHolder.getLocale());
		return name.isEmpty() ? alpha2 : name;
	}

	public static String alpha3(String alpha2) {
		return alpha2 == null ? null : new Locale.Builder().setRegion(alpha2).build().getISO3Country();
	}

}
