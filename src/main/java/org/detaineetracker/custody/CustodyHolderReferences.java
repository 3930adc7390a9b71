package org.detaineetracker.custody;

import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.detaineetracker.web.FormOptions;
import org.detaineetracker.web.ReferenceFormatter;

/**
 * How forms refer to holders: the formatter that binds a custody holder field by id, and the choices of its
 * select list.
 */
@Component
public class CustodyHolderReferences implements WebMvcConfigurer, FormOptions {

	private final CustodyHolderRepository holders;

	CustodyHolderReferences(CustodyHolderRepository holders) {
		this.holders = holders;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(CustodyHolder.class, new ReferenceFormatter<>(holders::findById, CustodyHolder::getId));
	}

	@Override
	@Transactional(readOnly = true)
	public void addOptions(Model model) {
		model.addAttribute("holderOptions", holders.findAllByOrderByNameAsc());
	}

}
