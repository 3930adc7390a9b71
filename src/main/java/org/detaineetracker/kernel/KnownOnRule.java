package org.detaineetracker.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What was known on a date, for the few things that are filtered in memory (the estimates of a
 * facility page over the figures it loaded, a single record that is a 404 when not yet known). The
 * rule has exactly two spellings: this one, and the SQL functions {@code source_known_on} and
 * {@code count_known_on} (migration V70) that every query filtering by a date uses.
 * KnownOnRuleAgreesWithSqlTest checks that they answer alike.
 * <p>
 * A source, and what follows it (custody periods, movements), is known on D from its known-from day
 * on (its publication day, or the last day of the month or year it is dated to). A figure is known
 * on D when its source is and it had not been retracted by the end of D, UTC. "Now" is the far-future
 * day of {@link KnownOn#latestKnownFrom()}, as in the queries: every source is known and no retracted
 * figure counts; the view of now still lists retracted figures, marked as such.
 *
 * @param knownOn the view's date
 */
public record KnownOnRule(KnownOn knownOn) {

	public static KnownOnRule of(KnownOn knownOn) {
		return new KnownOnRule(knownOn);
	}

	/** {@code source_known_on}: whether a source known from {@code knownFrom} was known on the day. */
	public boolean knowsSource(LocalDate knownFrom) {
		return !knownFrom.isAfter(knownOn.latestKnownFrom());
	}

	/**
	 * {@code count_known_on}: whether a figure from a source known from {@code sourceKnownFrom} was
	 * known on the day and not retracted by its end, so that it counts towards estimates.
	 */
	public boolean countsFigure(LocalDate sourceKnownFrom, Instant retractedAt) {
		return knowsSource(sourceKnownFrom) && (retractedAt == null || !retractedAt.isBefore(endOfDay()));
	}

	/** Whether a figure is listed: now, every figure is (retracted ones marked); on a date, those that count. */
	public boolean showsFigure(LocalDate sourceKnownFrom, Instant retractedAt) {
		return !knownOn.isActive() || countsFigure(sourceKnownFrom, retractedAt);
	}

	/** Whether a listed figure is marked retracted: only in the view of now (on a date, retracted ones are gone). */
	public boolean marksRetracted(Instant retractedAt) {
		return !knownOn.isActive() && retractedAt != null;
	}

	private Instant endOfDay() {
		return knownOn.latestKnownFrom().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
