package org.detaineetracker.cohort;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.web.FormSubmissions;
import org.detaineetracker.web.RecordLocks;
import org.detaineetracker.web.RecordNotFoundException;
import org.detaineetracker.web.RejectedFormException;
import org.detaineetracker.web.Versions;
import org.detaineetracker.web.Writes;
import org.detaineetracker.web.Writes.Unique;

/** Writes cohorts: create and revise, each in one transaction (one revision). */
@Service
public class CohortService {

	private static final Unique SLUG_UNIQUE = Unique.slug("cohort_slug_unique");

	private final CohortRepository cohorts;

	private final CohortFormValidator validator;

	private final FormSubmissions submissions;

	private final RecordLocks locks;

	CohortService(CohortRepository cohorts, CohortFormValidator validator, FormSubmissions submissions,
			RecordLocks locks) {
		this.cohorts = cohorts;
		this.validator = validator;
		this.submissions = submissions;
		this.locks = locks;
	}

	@Transactional
	public Cohort create(CohortForm form) {
		return submissions.once(form.getSubmissionToken(), "cohort", () -> {
			RejectedFormException.check(form, errors -> validator.checkAgainstRecords(form, null, errors));
			Cohort cohort = new Cohort(form.getSlug(), form.getName());
			cohort.revise(form.getSlug(), form.getName(), form.getDescription(), form.getParent());
			return Writes.insert(form, () -> cohorts.saveAndFlush(cohort), SLUG_UNIQUE);
		}, Cohort::getId, this::find);
	}

	/** Two editors making each cohort the other's parent at once take turns, so the second sees the loop. */
	@Transactional
	public Cohort revise(String slug, CohortForm form) {
		Cohort cohort = find(slug);
		long id = cohort.getId();
		Versions.require(form.getVersion(), cohort.getVersion(), "cohort", id, () -> CohortForm.of(cohort));
		if (form.getParent() != null) {
			locks.lock("cohort.parent");
		}
		RejectedFormException.check(form, errors -> validator.checkAgainstRecords(form, id, errors));
		cohort.revise(form.getSlug(), form.getName(), form.getDescription(), form.getParent());
		Writes.flush(cohorts, form, "cohort", id, SLUG_UNIQUE);
		return cohort;
	}

	@Transactional(readOnly = true)
	public Cohort find(String slug) {
		return cohorts.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("cohort", slug));
	}

	@Transactional(readOnly = true)
	public Cohort find(long id) {
		return cohorts.findWithParentById(id).orElseThrow(() -> new RecordNotFoundException("cohort", id));
	}

	@Transactional(readOnly = true)
	public List<Cohort> all() {
		return cohorts.findAllWithParents();
	}

}
