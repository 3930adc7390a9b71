/**
 * The claim finder's text analysis, internal to the claim module: reads a pasted text (plain or HTML)
 * and proposes candidate figures with their qualifier, kind and hints, each with the reasons behind
 * it. {@link org.detaineetracker.claim.reading.ClaimFinder} is the way in.
 *
 * <p>Plain Java with no Spring: it depends on the JDK, jsoup (HTML to text) and {@code kernel} values
 * (qualifiers, partial dates, passages), and on nothing else of the application. What it needs from
 * the database, the names and aliases of facilities, it asks for through
 * {@link org.detaineetracker.claim.reading.PlaceNames}, which the claim module fills in.
 *
 * <p>Every step is linear in the length of the text: the words, numbers, dates, cue words and
 * quotations of an article are found in one pass each, and each figure then looks its context up by
 * binary search or within a bounded reach, never by scanning from the start of its sentence.
 */
package org.detaineetracker.claim.reading;
