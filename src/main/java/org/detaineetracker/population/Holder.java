package org.detaineetracker.population;

import java.util.Objects;

/** Who holds people: a government, an armed force. {@code country} is the ISO 3166-1 code of its state. */
public record Holder(long id, String name, String country) {

	public Holder {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(country, "country");
	}

}
