package org.detaineetracker.population;

import java.util.Objects;

/**
 * A place people are held, or a group of sites that reports speak of as a whole. A site names its
 * group; a group names none. Groups are one level deep: a group's sites hold people, a group is the
 * sum of them and of what no site accounts for.
 *
 * @param country ISO 3166-1 code of the country the site lies in
 */
public record Site(long id, String name, Long groupId, String country) {

	public Site {
		Objects.requireNonNull(name, "name");
	}

}
