package org.detaineetracker.population;

/** A site or group as pages name and link it. */
public record Place(long id, String slug, String name, Long groupId, String country, boolean group) {
}
