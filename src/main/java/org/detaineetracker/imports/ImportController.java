package org.detaineetracker.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;

import org.detaineetracker.web.RecordNotFoundException;

/**
 * Editors upload a CSV of figures ({@code /imports/new}), match its columns to ours when they are
 * not the export's, see the preview with every row's outcome and problems, and confirm. Each import
 * has its own page, {@code /imports/{id}}, which shows its progress while the file is read.
 */
@Controller
class ImportController {

	private final ImportJobs jobs;

	private final DataSize largest;

	ImportController(ImportJobs jobs, @Value("${spring.servlet.multipart.max-file-size}") DataSize largest) {
		this.jobs = jobs;
		this.largest = largest;
	}

	@GetMapping("/imports/new")
	String upload(Model model) {
		model.addAttribute("fields", Mapping.FIELDS);
		return "imports/new";
	}

	@PostMapping("/imports")
	String start(@RequestParam(required = false) MultipartFile file, Principal editor, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			return refuse(model, response, "import.unreadable", "choose a file that is not empty.");
		}
		// kept on disk, never in memory: the worker reads it row by row, twice (a count, then the rows)
		Path stored = Files.createTempFile("detainee-tracker-import-", ".csv");
		file.transferTo(stored);
		ImportFile.Header header;
		try {
			header = ImportFile.header(stored);
		}
		catch (ImportFile.Unreadable unreadable) {
			Files.deleteIfExists(stored);
			return refuse(model, response, "import.unreadable", unreadable.getMessage());
		}
		String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
		ImportJobs.Job job = jobs.start(editor.getName(), name, stored, header.columns(),
				RequestContextUtils.getLocale(request));
		return "redirect:/imports/" + job.id;
	}

	@GetMapping("/imports/{id}")
	String show(@PathVariable UUID id, Principal editor, Model model, HttpServletResponse response) {
		ImportJobs.Job job = job(id, editor);
		if (job.stage == ImportJobs.Stage.PREVIEWING || job.stage == ImportJobs.Stage.IMPORTING) {
			response.setHeader("Refresh", "1");
		}
		return show(job, model);
	}

	private String show(ImportJobs.Job job, Model model) {
		model.addAttribute("job", job);
		model.addAttribute("fields", job.mapping.fields());
		model.addAttribute("required", job.mapping.requiredFields());
		return "imports/show";
	}

	/** The editor's choice of column for each field; "" for none. */
	@PostMapping("/imports/{id}/mapping")
	String map(@PathVariable UUID id, @RequestParam Map<String, String> parameters, Principal editor, Model model,
			HttpServletResponse response) {
		ImportJobs.Job job = job(id, editor);
		if (job.stage != ImportJobs.Stage.MAPPING && job.stage != ImportJobs.Stage.PREVIEWED) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(job, model);
		}
		Map<String, String> columns = new LinkedHashMap<>();
		for (String field : job.mapping.fields()) {
			String column = parameters.get("column_" + field);
			if (column != null && job.columns.contains(column)) {
				columns.put(field, column);
			}
		}
		Mapping mapping = new Mapping(columns, job.mapping.movements());
		if (!mapping.missing().isEmpty()) {
			job.mapping = mapping;
			job.stage = ImportJobs.Stage.MAPPING;
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(job, model);
		}
		jobs.map(job, mapping);
		return "redirect:/imports/" + id;
	}

	@PostMapping("/imports/{id}/confirm")
	String confirm(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean createProposed, Principal editor,
			Model model, HttpServletResponse response) {
		ImportJobs.Job job = job(id, editor);
		FigureImport.Summary preview = job.preview;
		boolean ready = job.stage == ImportJobs.Stage.PREVIEWED && preview != null && preview.problems() == 0
				&& preview.created() > 0;
		if (!ready) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(job, model);
		}
		if (!preview.proposals().isEmpty() && !createProposed) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("proposalsRequired", true);
			return show(job, model);
		}
		jobs.commit(job, createProposed);
		return "redirect:/imports/" + id;
	}

	/** An upload over the limit: the form again, with the limit, and nothing kept. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(Model model, HttpServletResponse response) {
		return refuse(model, response, HttpStatus.PAYLOAD_TOO_LARGE, "import.tooLarge", largest.toMegabytes() + " MB");
	}

	private String refuse(Model model, HttpServletResponse response, String code, String argument) {
		return refuse(model, response, HttpStatus.BAD_REQUEST, code, argument);
	}

	private String refuse(Model model, HttpServletResponse response, HttpStatus status, String code, String argument) {
		response.setStatus(status.value());
		model.addAttribute("fields", Mapping.FIELDS);
		model.addAttribute("problem", code);
		model.addAttribute("problemArgument", argument);
		return "imports/new";
	}

	private ImportJobs.Job job(UUID id, Principal editor) {
		return jobs.find(id, editor.getName()).orElseThrow(() -> new RecordNotFoundException("import", id));
	}

}
