package org.detaineetracker.facility;

import org.springframework.data.domain.Sort;
import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.detaineetracker.web.FormOptions;
import org.detaineetracker.web.ReferenceFormatter;

/**
 * How forms refer to facilities: the formatter that binds a facilitie field by id, and the choices of its
 * select list.
 */
@Component
public class FacilityReferences implements WebMvcConfigurer, FormOptions {

	private final FacilityRepository facilities;

	FacilityReferences(FacilityRepository facilities) {
		this.facilities = facilities;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(Facility.class, new ReferenceFormatter<>(facilities::findById, Facility::getId));
	}

	@Override
	@Transactional(readOnly = true)
	public void addOptions(Model model) {
		model.addAttribute("facilityOptions", facilities.findAll(Sort.by("name")));
	}

	/** Groups of sites, the only facilities another facility can be part of. */
	@Transactional(readOnly = true)
	public void addGroupOptions(Model model) {
		model.addAttribute("groupOptions", facilities.findByKindOrderByNameAsc(FacilityKind.GROUP));
	}

}
