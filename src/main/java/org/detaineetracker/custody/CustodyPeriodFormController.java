package org.detaineetracker.custody;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.detaineetracker.facility.Facility;
import org.detaineetracker.facility.FacilityReferences;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.source.SourceReferences;
import org.detaineetracker.web.FormOptions;
import org.detaineetracker.web.FormWorkflow.Saved;
import org.detaineetracker.web.RecordFormController;
import org.detaineetracker.web.RecordFormController.Records;

/** Editors record and correct who held a facility when; after saving, the facility. */
@Controller
@RequestMapping("/custody-periods")
class CustodyPeriodFormController extends RecordFormController<CustodyPeriodForm, CustodyPeriod, Long> {

	static final String FORM = "custody-periods/form";

	/** The select lists the form offers. */
	private final List<FormOptions> options;

	CustodyPeriodFormController(CustodyPeriodService periods, CustodyPeriodFormValidator validator,
			FacilityReferences facilitiesOptions, CustodyHolderReferences holdersOptions, SourceReferences sourcesOptions) {
		super(validator, new Records<>(periods::find, periods::find, CustodyPeriodForm::of,
				(form, editor) -> periods.create(form), periods::revise));
		this.options = List.of(facilitiesOptions, holdersOptions, sourcesOptions);
	}

	@GetMapping("/new")
	String newPeriod(@RequestParam(required = false) Facility facility, Model model) {
		CustodyPeriodForm form = new CustodyPeriodForm();
		form.setFacility(facility);
		return newForm(form, model);
	}

	@Override
	protected String render(CustodyPeriodForm form, Object id, Model model) {
		model.addAttribute("periodId", id);
		model.addAttribute("precisions", DatePrecision.values());
		options.forEach(o -> o.addOptions(model));
		return FORM;
	}

	@Override
	protected Saved saved(CustodyPeriodForm form, CustodyPeriod period, boolean created) {
		return new Saved("/facilities/" + period.getFacility().getSlug(),
				created ? "custody.confirm.created" : "custody.confirm.updated");
	}

}
