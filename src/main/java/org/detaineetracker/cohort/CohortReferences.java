package org.detaineetracker.cohort;

import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.detaineetracker.web.FormOptions;
import org.detaineetracker.web.ReferenceFormatter;

/**
 * How forms refer to cohorts: the formatter that binds a cohort field by id, and the choices of its
 * select list.
 */
@Component
public class CohortReferences implements WebMvcConfigurer, FormOptions {

	private final CohortRepository cohorts;

	CohortReferences(CohortRepository cohorts) {
		this.cohorts = cohorts;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(Cohort.class, new ReferenceFormatter<>(cohorts::findById, Cohort::getId));
	}

	@Override
	@Transactional(readOnly = true)
	public void addOptions(Model model) {
		model.addAttribute("cohortOptions", cohorts.findAllByOrderByNameAsc());
	}

}
