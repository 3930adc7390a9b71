package org.detaineetracker.cohort;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** Who is counted: ISIS detainees, high-value detainees within them, women and children, others. */
@Entity
public class Cohort {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String slug;

	private String name;

	private String description;

	@ManyToOne(fetch = FetchType.LAZY)
	private Cohort parent;

	protected Cohort() {
	}

	public Cohort(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	/** An editor's correction of every field. */
	public void revise(String slug, String name, String description, Cohort parent) {
		this.slug = slug;
		this.name = name;
		this.description = description;
		this.parent = parent;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public Cohort getParent() {
		return parent;
	}

}
