package org.detaineetracker.kernel;

import jakarta.persistence.Column;
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

	/**
	 * The figure in its source's own words where the usual phrase would change them ("6,000 or so",
	 * which "about 6,000" would flatten); null for most figures.
	 */
	@Column(name = "value_words")
	private String words;

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

	public String getWords() {
		return words;
	}

	/** The same number with the words its source used; blank words are none. */
	public Figure writtenAs(String words) {
		Figure written = new Figure(value, qualifier, valueHigh);
		written.words = words == null || words.isBlank() ? null : words.strip();
		return written;
	}

	/** Whether the two say the same number (value, qualifier and upper value), whatever their words. */
	public boolean sameNumberAs(Figure other) {
		return other != null && value == other.value && qualifier == other.qualifier
				&& java.util.Objects.equals(valueHigh, other.valueHigh);
	}

	public Bounds getBounds() {
		return new Bounds(lowerBound, upperBound);
	}

}
