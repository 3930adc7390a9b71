package org.detaineetracker.cohort;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.web.RecordNotFoundException;
import org.detaineetracker.web.Versions;

/** Writes cohorts: create and revise, each in one transaction (one revision). */
@Service
public class CohortService {

	private final CohortRepository cohorts;

	CohortService(CohortRepository cohorts) {
		this.cohorts = cohorts;
	}

	@Transactional
	public Cohort create(CohortForm form) {
		Cohort cohort = new Cohort(form.getSlug(), form.getName());
		cohort.revise(form.getSlug(), form.getName(), form.getDescription(), form.getParent());
		return cohorts.save(cohort);
	}

	@Transactional
	public Cohort revise(long id, CohortForm form) {
		Cohort cohort = find(id);
		Versions.require(form.getVersion(), cohort.getVersion(), "cohort", id);
		cohort.revise(form.getSlug(), form.getName(), form.getDescription(), form.getParent());
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
