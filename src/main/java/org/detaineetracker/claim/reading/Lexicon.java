package org.detaineetracker.claim.reading;

import java.util.Set;

/**
 * What a word after a number says the number counts. The lists are short on purpose: a word that is
 * in none of them says nothing, and the finder then looks for other evidence.
 */
enum Lexicon {

	/** People who can be held, moved, released or escape. */
	PEOPLE(Set.of("detainee", "prisoner", "inmate", "captive", "internee", "convict", "fighter", "militant", "operative",
			"jihadi", "jihadis", "jihadist", "member", "soldier", "combatant", "terrorist", "extremist", "insurgent", "suspect",
			"people", "person", "individual", "men", "man", "women", "woman", "children", "child", "kid", "boy", "girl",
			"minor", "orphan", "wives", "widow", "mother", "families", "family", "relative", "resident", "civilian",
			"refugee", "displaced", "national", "foreigner", "iraqi", "syrian", "escapee", "others", "them", "whom",
			"adult", "teenager", "youth", "detained",
			// Arabic: detainee, prisoner, held person, fighter, person, people, woman, women, child, children, member
			"معتقل", "معتقلا", "معتقلين", "معتقلون", "سجين", "سجينا", "سجناء", "محتجز", "محتجزا", "محتجزين", "مقاتل",
			"مقاتلا", "مقاتلين", "شخص", "أشخاص", "امرأة", "نساء", "طفل", "أطفال", "عنصر", "عناصر")),

	/** People who hold or guard others, or fight: their numbers are not detainee figures. */
	FORCES(Set.of("troop", "personnel", "servicemen", "servicemember", "marine", "adviser", "advisor", "peacekeeper",
			"guard", "police", "policemen", "officer", "agent", "contractor", "staff", "diplomat", "sailor", "airmen",
			"paratrooper", "commando", "force", "army", "battalion", "brigade")),

	/** Events, which are counted too but are not people ("hundreds of attacks"). */
	EVENTS(Set.of("attack", "airstrike", "strike", "raid", "operation", "mission", "sortie", "bombing", "explosion",
			"incident", "assault", "ambush", "clash", "battle", "offensive", "rocket", "missile", "shell", "drone",
			"round", "flight", "trip", "time", "assassination")),

	/** Lengths of time ("three years", "two decades"). */
	DURATIONS(Set.of("year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "centuries",
			"night", "weekend")),

	/** Things that are counted in the same articles: places, vehicles, distances, documents. */
	THINGS(Set.of("country", "countries", "nation", "camp", "prison", "facility", "facilities", "site", "centre",
			"center", "cell", "province", "governorate", "city", "cities", "town", "village", "vehicle", "helicopter",
			"aircraft", "plane", "jet", "convoy", "bus", "buses", "truck", "kilometre", "kilometer", "km", "mile",
			"metre", "meter", "ton", "tonne", "kilogram", "kg", "acre", "hectare", "page", "report", "article",
			"vote", "seat", "bed", "tent", "room", "house", "home", "building", "weapon", "gun", "rifle", "bomb",
			"language", "nationalities", "point", "step", "stage", "phase", "agency", "agencies", "organization",
			"organisation", "batch", "batches", "percent", "dollar", "euro", "pound", "dinar", "lira", "riyal"));

	private final Set<String> words;

	Lexicon(Set<String> words) {
		this.words = words;
	}

	/** The list a lower-case word belongs to, trying its singular for a plain "-s" plural; null if none. */
	static Lexicon of(String word) {
		for (Lexicon lexicon : values()) {
			if (lexicon.contains(word)) {
				return lexicon;
			}
		}
		return null;
	}

	private boolean contains(String word) {
		if (words.contains(word)) {
			return true;
		}
		return word.length() > 3 && word.endsWith("s") && words.contains(word.substring(0, word.length() - 1));
	}

}
