package org.detaineetracker.count;

import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import org.detaineetracker.web.DuplicateRecordException;
import org.detaineetracker.web.JsonForms;
import org.detaineetracker.web.JsonForms.Reference;
import org.detaineetracker.web.RejectedFormException;

/**
 * {@code POST /api/counts}: a figure from a script (an editor's API token, or a signed-in editor with
 * the CSRF token), through the figure form's own binding, validation, duplicate rule and service, so
 * it is refused in the same words and lands in the history as the editor's, like one from the form.
 */
@RestController
class CountApiController {

	/** The form's fields; the references by slug, the source by id. */
	static final Set<String> FIELDS = Set.of("facility", "cohort", "custodyHolder", "value", "qualifier", "valueHigh", "asOf",
			"asOfPrecision", "source", "speaker", "quote", "internal");

	private static final List<Reference> REFERENCES = List.of(new Reference("facility", "facility"),
			new Reference("cohort", "cohort"), new Reference("custodyHolder", "custody_holder"));

	private final JsonForms forms;

	private final CountFormValidator validator;

	private final CountService counts;

	CountApiController(JsonForms forms, CountFormValidator validator, CountService counts) {
		this.forms = forms;
		this.validator = validator;
		this.counts = counts;
	}

	/**
	 * 201 with the figure; 400 with each problem; 409 when it repeats a stored figure (the same
	 * facility, cohort, date, value and source), unless {@code confirm=true}.
	 */
	@PostMapping(path = "/api/counts", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> create(@RequestBody JsonNode body, @RequestParam(defaultValue = "false") boolean confirm,
			Principal editor, HttpServletRequest request) {
		CountForm form = new CountForm();
		BindingResult result = forms.bind(body, form, FIELDS, REFERENCES, validator);
		if (result.hasErrors()) {
			return forms.invalid(result, request, "figure");
		}
		form.setConfirmDuplicate(confirm);
		ReportedCount saved;
		try {
			saved = counts.create(form, editor.getName());
		}
		catch (DuplicateRecordException duplicate) {
			return forms.duplicate("/counts/" + ((ReportedCount) duplicate.existing()).getId(), request, "figure");
		}
		catch (RejectedFormException refused) {
			return forms.invalid(refused.errors(), request, "figure");
		}
		return ResponseEntity.created(URI.create("/counts/" + saved.getId())).body(view(saved));
	}

	private static Map<String, Object> view(ReportedCount count) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", count.getId());
		view.put("url", "/counts/" + count.getId());
		view.put("facility", count.getFacility().getSlug());
		view.put("cohort", count.getCohort().getSlug());
		view.put("custodyHolder", count.getCustodyHolder() == null ? null : count.getCustodyHolder().getSlug());
		view.put("value", count.getFigure().getValue());
		view.put("qualifier", count.getFigure().getQualifier());
		view.put("valueHigh", count.getFigure().getValueHigh());
		view.put("lowerBound", count.getFigure().getBounds().lower());
		view.put("upperBound", count.getFigure().getBounds().upper());
		view.put("asOf", count.getAsOf().date());
		view.put("asOfPrecision", count.getAsOf().precision());
		view.put("source", count.getSource().getId());
		view.put("speaker", count.getSpeaker());
		view.put("quote", count.getQuote());
		view.put("internal", count.isInternal());
		view.put("recordedBy", count.getRecordedBy());
		return view;
	}

}
