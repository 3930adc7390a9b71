package org.detaineetracker.cohort;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.detaineetracker.web.PlainText;
import org.detaineetracker.web.RecordForm;
import org.detaineetracker.web.Rules;
import org.detaineetracker.web.Slug;

/** What an editor submits for a cohort. */
public class CohortForm extends RecordForm {

	@NotNull
	@Size(max = Rules.SLUG_MAX)
	@PlainText
	@Slug
	private String slug;

	@NotNull
	@Size(max = Rules.NAME_MAX)
	@PlainText
	private String name;

	@Size(max = Rules.COHORT_DESCRIPTION_MAX)
	@PlainText(multiline = true)
	private String description;

	private Cohort parent;

	public static CohortForm of(Cohort cohort) {
		CohortForm form = new CohortForm();
		form.slug = cohort.getSlug();
		form.name = cohort.getName();
		form.description = cohort.getDescription();
		form.parent = cohort.getParent();
		form.setVersion(cohort.getVersion());
		return form;
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

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Cohort getParent() {
		return parent;
	}

	public void setParent(Cohort parent) {
		this.parent = parent;
	}

}
