package org.detaineetracker.facility;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

@Entity
public class Facility {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String slug;

	private String name;

	/** The name as the index orders it (V111): worked out by the database, only read in queries. */
	@Column(insertable = false, updatable = false)
	private String sortKey;

	@Enumerated(EnumType.STRING)
	private FacilityKind kind;

	/** ISO 3166-1 alpha-2. */
	private String countryCode;

	private String admin1;

	private BigDecimal latitude;

	private BigDecimal longitude;

	@Enumerated(EnumType.STRING)
	private CoordinatePrecision coordinatePrecision;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Facility parent;

	@OneToMany(mappedBy = "parent")
	private Set<Facility> children = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "facility_alias", joinColumns = @JoinColumn(name = "facility_id"))
	@Column(name = "name")
	private Set<String> aliases = new LinkedHashSet<>();

	private String description;

	@Enumerated(EnumType.STRING)
	private FacilityStatus status = FacilityStatus.ACTIVE;

	protected Facility() {
	}

	public Facility(String slug, String name, FacilityKind kind, String countryCode) {
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.countryCode = countryCode;
	}

	/** An editor's correction of what the facility is and where; location, group and aliases have their own methods. */
	public void revise(String slug, String name, FacilityKind kind, String countryCode, String admin1, String description,
			FacilityStatus status) {
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.countryCode = countryCode;
		this.admin1 = admin1;
		this.description = description;
		this.status = status;
	}

	/** Keeps the aliases that stay, so the history shows only the names added and removed. */
	public void replaceAliases(Collection<String> names) {
		aliases.retainAll(names);
		aliases.addAll(names);
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

	public FacilityKind getKind() {
		return kind;
	}

	public boolean isGroup() {
		return kind == FacilityKind.GROUP;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public String getAdmin1() {
		return admin1;
	}

	public void setAdmin1(String admin1) {
		this.admin1 = admin1;
	}

	public BigDecimal getLatitude() {
		return latitude;
	}

	public BigDecimal getLongitude() {
		return longitude;
	}

	public CoordinatePrecision getCoordinatePrecision() {
		return coordinatePrecision;
	}

	public void locate(BigDecimal latitude, BigDecimal longitude, CoordinatePrecision precision) {
		this.latitude = latitude;
		this.longitude = longitude;
		this.coordinatePrecision = precision;
	}

	public boolean hasCoordinates() {
		return latitude != null && longitude != null;
	}

	public Facility getParent() {
		return parent;
	}

	public void setParent(Facility parent) {
		this.parent = parent;
	}

	public List<Facility> getChildren() {
		return children.stream().sorted(Comparator.comparing(Facility::getName, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	public List<String> getAliases() {
		return aliases.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public FacilityStatus getStatus() {
		return status;
	}

}
