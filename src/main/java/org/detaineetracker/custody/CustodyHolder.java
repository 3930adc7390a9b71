package org.detaineetracker.custody;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Who holds people: a government, a non-state armed force, a foreign military during transport. */
@Entity
public class CustodyHolder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String slug;

	private String name;

	private String shortName;

	@Enumerated(EnumType.STRING)
	private HolderKind kind;

	/** ISO 3166-1 alpha-2; empty for international bodies. */
	private String countryCode;

	protected CustodyHolder() {
	}

	public CustodyHolder(String slug, String name, HolderKind kind) {
		this.slug = slug;
		this.name = name;
		this.kind = kind;
	}

	/** An editor's correction of every field. */
	public void revise(String slug, String name, String shortName, HolderKind kind, String countryCode) {
		this.slug = slug;
		this.name = name;
		this.shortName = shortName;
		this.kind = kind;
		this.countryCode = countryCode;
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

	public String getShortName() {
		return shortName;
	}

	/**
	 * The name every page shows: one name per holder everywhere ("Government of Iraq", never "Iraq" on
	 * one page and the full name on the next). The short name is kept as a record of what sources call it.
	 */
	public String getLabel() {
		return name;
	}

	public HolderKind getKind() {
		return kind;
	}

	public String getCountryCode() {
		return countryCode;
	}

}
