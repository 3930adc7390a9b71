package org.detaineetracker.facility;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.web.RecordNotFoundException;
import org.detaineetracker.web.Rules;
import org.detaineetracker.web.Versions;

/** Writes facilities: create and revise, each in one transaction (one revision). */
@Service
public class FacilityService {

	private final FacilityRepository facilities;

	FacilityService(FacilityRepository facilities) {
		this.facilities = facilities;
	}

	@Transactional
	public Facility create(FacilityForm form) {
		Facility facility = new Facility(form.getSlug(), form.getName(), form.getKind(), form.getCountryCode());
		apply(form, facility);
		return facilities.save(facility);
	}

	@Transactional
	public Facility revise(long id, FacilityForm form) {
		Facility facility = facilities.findForFormById(id).orElseThrow(() -> new RecordNotFoundException("facility", id));
		Versions.require(form.getVersion(), facility.getVersion(), "facility", id);
		apply(form, facility);
		return facility;
	}

	/** The facility with what its form shows (group and aliases). */
	@Transactional(readOnly = true)
	public Facility find(String slug) {
		return facilities.findForFormBySlug(slug).orElseThrow(() -> new RecordNotFoundException("facility", slug));
	}

	@Transactional(readOnly = true)
	public Facility find(long id) {
		return facilities.findForFormById(id).orElseThrow(() -> new RecordNotFoundException("facility", id));
	}

	private static void apply(FacilityForm form, Facility facility) {
		facility.revise(form.getSlug(), form.getName(), form.getKind(), form.getCountryCode(), form.getAdmin1(),
				form.getDescription(), form.getStatus());
		facility.locate(stored(form.getLatitude()), stored(form.getLongitude()), form.getCoordinatePrecision());
		facility.setParent(form.getParent());
		facility.replaceAliases(form.aliasNames());
	}

	/** Coordinates are kept to five decimal places, as numeric(8, 5) would round them anyway. */
	private static BigDecimal stored(BigDecimal coordinate) {
		return coordinate == null ? null : coordinate.setScale(Rules.COORDINATE_SCALE, RoundingMode.HALF_UP);
	}

}
