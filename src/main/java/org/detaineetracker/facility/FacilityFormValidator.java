package org.detaineetracker.facility;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.detaineetracker.web.Hierarchy;
import org.detaineetracker.web.Rules;

/** The rules for a facility, the same ones the database enforces (V1), in an editor's words. */
@Component
public class FacilityFormValidator implements Validator {

	private final FacilityRepository facilities;

	FacilityFormValidator(FacilityRepository facilities) {
		this.facilities = facilities;
	}

	@Override
	public boolean supports(Class<?> type) {
		return FacilityForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		FacilityForm form = (FacilityForm) target;
		checkCoordinates(form, errors);
		if (form.getParent() != null && !form.getParent().isGroup()) {
			errors.rejectValue("parent", "form.facility.parentNotGroup");
		}
		checkAliases(form, errors);
	}

	/** Against the other records: a free slug, no loop of groups, and no group turned into a site while it has sites. */
	void checkAgainstRecords(FacilityForm form, Long editedId, Errors errors) {
		if (form.getSlug() != null && !errors.hasFieldErrors("slug")
				&& facilities.existsBySlugAndIdNot(form.getSlug(), editedId == null ? -1 : editedId)) {
			errors.rejectValue("slug", "form.slug.taken");
		}
		Hierarchy.noLoop(errors, "parent", editedId, form.getParent() == null ? null : form.getParent().getId(),
				facilities::findSelfAndAncestorIds);
		if (editedId != null && form.getKind() != null && form.getKind() != FacilityKind.GROUP
				&& facilities.existsByParentId(editedId)) {
			errors.rejectValue("kind", "form.facility.groupHasSites");
		}
	}

	private static void checkCoordinates(FacilityForm form, Errors errors) {
		BigDecimal latitude = form.getLatitude();
		BigDecimal longitude = form.getLongitude();
		if (latitude != null && latitude.abs().compareTo(BigDecimal.valueOf(Rules.LATITUDE_MAX)) > 0) {
			errors.rejectValue("latitude", "form.facility.latitude");
		}
		if (longitude != null && longitude.abs().compareTo(BigDecimal.valueOf(Rules.LONGITUDE_MAX)) > 0) {
			errors.rejectValue("longitude", "form.facility.longitude");
		}
		if (errors.hasFieldErrors("latitude") || errors.hasFieldErrors("longitude")
				|| errors.hasFieldErrors("coordinatePrecision")) {
			return;
		}
		if (latitude == null && longitude != null) {
			errors.rejectValue("latitude", "form.facility.coordinatePair");
		}
		else if (latitude != null && longitude == null) {
			errors.rejectValue("longitude", "form.facility.coordinatePair");
		}
		else if (latitude != null && form.getCoordinatePrecision() == null) {
			errors.rejectValue("coordinatePrecision", "form.facility.coordinatePrecision");
		}
		else if (latitude == null && form.getCoordinatePrecision() != null) {
			errors.rejectValue("coordinatePrecision", "form.facility.precisionWithoutCoordinates");
		}
	}

	private static void checkAliases(FacilityForm form, Errors errors) {
		if (errors.hasFieldErrors("aliases")) {
			return;
		}
		var names = form.aliasNames();
		if (names.size() > Rules.ALIASES_MAX) {
			errors.rejectValue("aliases", "form.facility.tooManyAliases", new Object[] { Rules.ALIASES_MAX }, null);
		}
		else if (names.stream().anyMatch(name -> name.length() > Rules.NAME_MAX)) {
			errors.rejectValue("aliases", "form.facility.aliasTooLong", new Object[] { Rules.NAME_MAX }, null);
		}
		else if (names.stream().anyMatch(name -> Rules.hasControlCharacters(name, false))) {
			errors.rejectValue("aliases", "form.controlCharacters");
		}
	}

}
