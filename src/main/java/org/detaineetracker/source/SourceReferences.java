package org.detaineetracker.source;

import org.springframework.data.domain.Sort;
import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.detaineetracker.web.FormOptions;
import org.detaineetracker.web.ReferenceFormatter;

/**
 * How forms refer to sources: the formatter that binds a source field by id, and the choices of its
 * select list.
 */
@Component
public class SourceReferences implements WebMvcConfigurer, FormOptions {

	private final SourceRepository sources;

	SourceReferences(SourceRepository sources) {
		this.sources = sources;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(Source.class, new ReferenceFormatter<>(sources::findById, Source::getId));
	}

	@Override
	@Transactional(readOnly = true)
	public void addOptions(Model model) {
		model.addAttribute("sourceOptions", sources.findAll(Sort.by(Sort.Order.desc("publishedOn"), Sort.Order.asc("outlet"))));
	}

	/** The source a form or link names by id, if there is one. */
	@Transactional(readOnly = true)
	public java.util.Optional<Source> find(long id) {
		return sources.findById(id);
	}

}
