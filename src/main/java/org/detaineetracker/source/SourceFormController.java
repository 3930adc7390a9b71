package org.detaineetracker.source;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.detaineetracker.facility.Facility;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.web.FormWorkflow.Saved;
import org.detaineetracker.web.RecordFormController;
import org.detaineetracker.web.RecordFormController.Records;

/** Editors add and correct sources. */
@Controller
@RequestMapping("/sources")
class SourceFormController extends RecordFormController<SourceForm, Source, Long> {

	static final String FORM = "sources/form";

	private final SourceReferences options;

	SourceFormController(SourceService sources, SourceFormValidator validator, SourceReferences options) {
		super(validator, new Records<>(sources::find, sources::find, SourceForm::of,
				(form, editor) -> sources.create(form), sources::revise));
		this.options = options;
	}

	@GetMapping("/new")
	String newSource(@RequestParam(required = false) Facility forFacility,
			@RequestParam(defaultValue = "false") boolean forClaims, Model model) {
		SourceForm form = new SourceForm();
		form.setForFacility(forFacility);
		form.setForClaims(forClaims);
		return newForm(form, model);
	}

	@Override
	protected String render(SourceForm form, Object id, Model model) {
		model.addAttribute("sourceId", id);
		model.addAttribute("kinds", SourceKind.values());
		model.addAttribute("precisions", DatePrecision.values());
		options.addOptions(model);
		return FORM;
	}

	/**
	 * A new source goes back to the article being read or the figure being entered, with itself
	 * chosen there; otherwise to the source.
	 */
	@Override
	protected Saved saved(SourceForm form, Source source, boolean created) {
		if (!created) {
			return new Saved("/sources/" + source.getId(), "source.confirm.updated");
		}
		if (form.isForClaims()) {
			return new Saved("/claims/reading?source=" + source.getId(), "source.confirm.createdForClaims");
		}
		if (form.getForFacility() != null) {
			return new Saved("/counts/new?facility=" + form.getForFacility().getId() + "&source=" + source.getId(),
					"source.confirm.createdForFigure");
		}
		return new Saved("/sources/" + source.getId(), "source.confirm.created");
	}

}
