package org.detaineetracker.source;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.kernel.KnownOnRule;
import org.detaineetracker.kernel.PartialDate;

/**
 * A publication or statement. {@code cites} points at the source it repeats ("citing Politico"),
 * so a repetition is never counted as independent confirmation.
 */
@Entity
public class Source {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String outlet;

	private String title;

	private String url;

	@Enumerated(EnumType.STRING)
	private SourceKind kind;

	private LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision publishedPrecision;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source cites;

	/** Shown to signed-in accounts only; public readers never see it, nor what rests on it (V119). */
	private boolean internal;

	@OneToMany(mappedBy = "cites")
	private Set<Source> citedBy = new LinkedHashSet<>();

	private String note;

	protected Source() {
	}

	public Source(String outlet, String title, SourceKind kind, PartialDate published) {
		this.outlet = outlet;
		this.title = title;
		this.kind = kind;
		this.publishedOn = published.date();
		this.publishedPrecision = published.precision();
	}

	/** An editor's correction of every field. */
	public void revise(String outlet, String title, String url, SourceKind kind, PartialDate published, Source cites,
			String note) {
		this.outlet = outlet;
		this.title = title;
		this.url = url;
		this.kind = kind;
		this.publishedOn = published.date();
		this.publishedPrecision = published.precision();
		this.cites = cites;
		this.note = note;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getOutlet() {
		return outlet;
	}

	public String getTitle() {
		return title;
	}

	/** How the source appears in select lists: outlet, title and date. */
	public String getLabel() {
		return outlet + ": " + title + " (" + publishedOn + ")";
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public SourceKind getKind() {
		return kind;
	}

	public PartialDate getPublished() {
		return new PartialDate(publishedOn, publishedPrecision);
	}

	public Source getCites() {
		return cites;
	}

	public void setCites(Source cites) {
		this.cites = cites;
	}

	public List<Source> getCitedBy() {
		return citedBy.stream().sorted(Comparator.comparing(Source::getPublished).thenComparing(Source::getId)).toList();
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	/**
	 * The first day this source counts as known: its publication date, or the last day of its month or
	 * year (the same rule as the database's known_from(), V31).
	 */
	public LocalDate getKnownFrom() {
		return getPublished().lastDay();
	}

	/** Whether this source was known on the view's date ({@link KnownOnRule#knowsSource}). */
	public boolean isKnownOn(KnownOn knownOn) {
		return KnownOnRule.of(knownOn).knowsSource(getKnownFrom());
	}

	public boolean isInternal() {
		return internal;
	}

	public void setInternal(boolean internal) {
		this.internal = internal;
	}

}
