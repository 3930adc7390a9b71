package org.detaineetracker.kernel;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A number as a source gave it — value, qualifier and, for ranges, the upper value — together with
 * the bounds derived from it. Counts and movements both carry one, so they read the same way.
 */
@Embeddable
public class Figure {

	private int value;

	@Enumerated(EnumType.STRING)
	private Qualifier qualifier;

	private Integer valueHigh;

	private int lowerBound;

	private Integer upperBound;

	protected Figure() {
	}

	public Figure(int value, Qualifier qualifier, Integer valueHigh) {
		Bounds bounds = qualifier.bounds(value, valueHigh);
		this.value = value;
		this.qualifier = qualifier;
		this.valueHigh = qualifier.needsUpperValue() ? valueHigh : null;
		this.lowerBound = bounds.lower();
		this.upperBound = bounds.upper();
	}

	public static Figure of(int value, Qualifier qualifier) {
		return new Figure(value, qualifier, null);
	}

	public int getValue() {
		return value;
	}

	public Qualifier getQualifier() {
		return qualifier;
	}

	public Integer getValueHigh() {
		return valueHigh;
	}

	public Bounds getBounds() {
		return new Bounds(lowerBound, upperBound);
	}

}
