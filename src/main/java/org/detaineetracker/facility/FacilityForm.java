package org.detaineetracker.facility;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.detaineetracker.web.CountryCode;
import org.detaineetracker.web.PlainText;
import org.detaineetracker.web.RecordForm;
import org.detaineetracker.web.Rules;
import org.detaineetracker.web.Slug;

/** What an editor submits for a facility or group of sites. */
public class FacilityForm extends RecordForm {

	@NotNull
	@Size(max = Rules.SLUG_MAX)
	@PlainText
	@Slug
	private String slug;

	@NotNull
	@Size(max = Rules.NAME_MAX)
	@PlainText
	private String name;

	@NotNull
	private FacilityKind kind;

	@NotNull
	@PlainText
	@CountryCode
	private String countryCode;

	@Size(max = Rules.ADMIN1_MAX)
	@PlainText
	private String admin1;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private CoordinatePrecision coordinatePrecision;

	private Facility parent;

	@Size(max = Rules.DESCRIPTION_MAX)
	@PlainText(multiline = true)
	private String description;

	@NotNull
	private FacilityStatus status = FacilityStatus.ACTIVE;

	/** Other names and spellings, one a line. */
	private String aliases;

	public static FacilityForm of(Facility facility) {
		FacilityForm form = new FacilityForm();
		form.slug = facility.getSlug();
		form.name = facility.getName();
		form.kind = facility.getKind();
		form.countryCode = facility.getCountryCode();
		form.admin1 = facility.getAdmin1();
		form.latitude = facility.getLatitude();
		form.longitude = facility.getLongitude();
		form.coordinatePrecision = facility.getCoordinatePrecision();
		form.parent = facility.getParent();
		form.description = facility.getDescription();
		form.status = facility.getStatus();
		form.aliases = facility.getAliases().isEmpty() ? null : String.join("\n", facility.getAliases());
		form.setVersion(facility.getVersion());
		return form;
	}

	/**
	 * The aliases as a list: each line trimmed, blank lines dropped, and a name that differs from an
	 * earlier one only in case dropped too (the first spelling wins).
	 */
	public List<String> aliasNames() {
		if (aliases == null) {
			return List.of();
		}
		Map<String, String> byLowerCase = new LinkedHashMap<>();
		aliases.lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.forEach(line -> byLowerCase.putIfAbsent(line.toLowerCase(Locale.ROOT), line));
		return List.copyOf(byLowerCase.values());
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public FacilityKind getKind() {
		return kind;
	}

	public void setKind(FacilityKind kind) {
		this.kind = kind;
	}

	public String getCountryCode() {
		return countryCode;
	}

	/** "sy" is accepted as SY, the way the database stores codes. */
	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT);
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

	public void setLatitude(BigDecimal latitude) {
		this.latitude = latitude;
	}

	public BigDecimal getLongitude() {
		return longitude;
	}

	public void setLongitude(BigDecimal longitude) {
		this.longitude = longitude;
	}

	public CoordinatePrecision getCoordinatePrecision() {
		return coordinatePrecision;
	}

	public void setCoordinatePrecision(CoordinatePrecision coordinatePrecision) {
		this.coordinatePrecision = coordinatePrecision;
	}

	public Facility getParent() {
		return parent;
	}

	public void setParent(Facility parent) {
		this.parent = parent;
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

	public void setStatus(FacilityStatus status) {
		this.status = status;
	}

	public String getAliases() {
		return aliases;
	}

	public void setAliases(String aliases) {
		this.aliases = aliases;
	}

}
