package org.detaineetracker.facility;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.web.FormSubmissions;
import org.detaineetracker.web.RecordLocks;
import org.detaineetracker.web.RecordNotFoundException;
import org.detaineetracker.web.RejectedFormException;
import org.detaineetracker.web.Rules;
import org.detaineetracker.web.Versions;
import org.detaineetracker.web.Writes;
import org.detaineetracker.web.Writes.Unique;

/** Writes facilities: create and revise, each in one transaction (one revision). */
@Service
public class FacilityService {

	private static final Unique SLUG_UNIQUE = Unique.slug("facility_slug_unique");

	private final FacilityRepository facilities;

	private final FacilityFormValidator validator;

	private final FormSubmissions submissions;

	private final RecordLocks locks;

	FacilityService(FacilityRepository facilities, FacilityFormValidator validator, FormSubmissions submissions,
			RecordLocks locks) {
		this.facilities = facilities;
		this.validator = validator;
		this.submissions = submissions;
		this.locks = locks;
	}

	@Transactional
	public Facility create(FacilityForm form) {
		return submissions.once(form.getSubmissionToken(), "facility", () -> {
			lockGroups(form);
			RejectedFormException.check(form, errors -> validator.checkAgainstRecords(form, null, errors));
			Facility facility = new Facility(form.getSlug(), form.getName(), form.getKind(), form.getCountryCode());
			apply(form, facility);
			return Writes.insert(form, () -> facilities.saveAndFlush(facility), SLUG_UNIQUE);
		}, Facility::getId, this::find);
	}

	@Transactional
	public Facility revise(String slug, FacilityForm form) {
		Facility facility = find(slug);
		long id = facility.getId();
		Versions.require(form.getVersion(), facility.getVersion(), "facility", id, () -> FacilityForm.of(facility));
		lockGroups(form);
		RejectedFormException.check(form, errors -> validator.checkAgainstRecords(form, id, errors));
		apply(form, facility);
		Writes.flush(facilities, form, "facility", id, SLUG_UNIQUE);
		return facility;
	}

	/**
	 * Two editors putting each facility in the other's group at once (or a site under a group that is
	 * becoming a site) take turns, so the second one's check sees the first's change.
	 */
	private void lockGroups(FacilityForm form) {
		if (form.getParent() != null) {
			locks.lock("facility.parent");
		}
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
