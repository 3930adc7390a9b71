package org.detaineetracker.claim;

import java.beans.PropertyEditorSupport;
import java.io.Serializable;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.detaineetracker.claim.ClaimReader.Recorded;
import org.detaineetracker.claim.ClaimReader.References;
import org.detaineetracker.claim.reading.Findings;
import org.detaineetracker.source.Source;
import org.detaineetracker.source.SourceReferences;
import org.detaineetracker.web.Links;
import org.detaineetracker.web.PassageSeal;

/**
 * The claim finder for editors: paste an article, see every candidate figure marked in it with its
 * explanation, and accept one into a figure or movement form filled in from what was read.
 *
 * <p>The pasted text is kept in the editor's session (one text at a time), so the reading is a page
 * of its own that the browser can go back to after a form, and a source added on the way returns to
 * it. Nothing is written to the database until the editor saves a form.
 */
@Controller
class ClaimsController {

	static final String FORM = "claims/new";

	static final String READING = "claims/reading";

	/** The text last read in this session, and the source chosen for it. */
	static final String PASTED = ClaimsController.class.getName() + ".pasted";

	record Pasted(String text, Long sourceId) implements Serializable {
	}

	private final ClaimReader reader;

	private final SourceReferences options;

	private final PassageSeal seal;

	ClaimsController(ClaimReader reader, SourceReferences options, PassageSeal seal) {
		this.reader = reader;
		this.options = options;
		this.seal = seal;
	}

	/** The text arrives exactly as pasted: offsets count from its first character, white space included. */
	@InitBinder("form")
	void bindForm(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, "text", new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(text == null || text.isEmpty() ? null : text);
			}

		});
	}

	/**
	 * The paste form; {@code source} chooses a source, {@code resume} brings back the text last read in
	 * this session so the editor can change it.
	 */
	@GetMapping("/claims/new")
	String newReading(@RequestParam(required = false) Source source, @RequestParam(required = false) String resume,
			HttpSession session, Model model) {
		ClaimForm form = new ClaimForm();
		form.setSource(source);
		if (resume != null && session.getAttribute(PASTED) instanceof Pasted pasted) {
			form.setText(pasted.text());
			if (source == null && pasted.sourceId() != null) {
				form.setSource(options.find(pasted.sourceId()).orElse(null));
			}
		}
		return showForm(form, model);
	}

	@PostMapping("/claims")
	String read(@ModelAttribute("form") ClaimForm form, BindingResult result, HttpSession session, Model model,
			HttpServletResponse response) {
		PastedText pasted = PastedText.check(form.getText());
		if (!pasted.readable()) {
			result.rejectValue("text", "claims.text." + pasted.problem(),
					new Object[] { pasted.raw().length(), ClaimLimits.MAX_TEXT_CHARS }, null);
		}
		else if (reader.readableText(pasted).isBlank()) {
			result.rejectValue("text", "claims.text.NOTHING_READABLE");
		}
		if (pasted.problem() == PastedText.Problem.TOO_LONG) {
			// too long to send back: an empty form, with the message saying how long it was
			ClaimForm empty = new ClaimForm();
			empty.setSource(form.getSource());
			BindingResult refusal = new BeanPropertyBindingResult(empty, "form");
			refusal.rejectValue("text", "claims.text.TOO_LONG",
					new Object[] { pasted.raw().length(), ClaimLimits.MAX_TEXT_CHARS }, null);
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			String view = showForm(empty, model);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", refusal);
			return view;
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return showForm(form, model);
		}
		session.setAttribute(PASTED, new Pasted(form.getText(), form.getSource() == null ? null : form.getSource().getId()));
		return "redirect:/claims/reading";
	}

	/**
	 * The text last read in this session with its candidates, {@link Reading#PAGE_SIZE} at a time
	 * ({@code page}, from 0); {@code source} changes the source the accept links carry. The finder's
	 * reading of the text is kept for a while (see {@link FindingsCache}), so paging, changing the
	 * source or coming back from a form does not read it again.
	 */
	@GetMapping("/claims/reading")
	String reading(@RequestParam(required = false) Source source, @RequestParam(defaultValue = "0") int page,
			HttpSession session, Model model, RedirectAttributes redirect, HttpServletRequest request) {
		if (!(session.getAttribute(PASTED) instanceof Pasted pasted)) {
			// nothing read yet (a source added first): on to the paste form, with the source and its confirmation
			if (model.getAttribute("confirmation") != null) {
				redirect.addFlashAttribute("confirmation", model.getAttribute("confirmation"));
			}
			return source == null ? "redirect:/claims/new" : "redirect:/claims/new?source=" + source.getId();
		}
		if (source != null) {
			pasted = new Pasted(pasted.text(), source.getId());
			session.setAttribute(PASTED, pasted);
		}
		Source chosen = source != null ? source
				: pasted.sourceId() == null ? null : options.find(pasted.sourceId()).orElse(null);
		PastedText checked = PastedText.check(pasted.text());
		References references = reader.references();
		Findings findings = reader.find(checked, references);
		String sha256 = ClaimReader.sha256(findings.text());
		List<Recorded> recorded = reader.recordedFrom(sha256);
		Reading reading = Reading.of(checked, reader.looksLikeHtml(checked), findings, sha256, references, chosen == null ? null : chosen.getId(),
				chosen == null ? null : chosen.getPublished(), recorded, page, seal);
		model.addAttribute("reading", reading);
		PageImpl<Reading.Item> shown = new PageImpl<>(reading.items(),
				PageRequest.of(Math.min(Math.max(0, page), Reading.lastPage(reading.candidateCount())), Reading.PAGE_SIZE),
				reading.candidateCount());
		model.addAttribute("candidatePage", shown);
		model.addAttribute("candidateLinks", Links.around(shown, request));
		model.addAttribute("source", chosen);
		options.addOptions(model);
		return READING;
	}

	private String showForm(ClaimForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("maxText", ClaimLimits.MAX_TEXT_CHARS);
		options.addOptions(model);
		return FORM;
	}

}
