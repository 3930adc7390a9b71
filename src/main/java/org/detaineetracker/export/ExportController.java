package org.detaineetracker.export;

import java.io.IOException;
import java.security.Principal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Semaphore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import org.detaineetracker.kernel.Audience;
import org.detaineetracker.web.Links;
import org.detaineetracker.web.RecordNotFoundException;

/**
 * The export page and the CSV downloads. Only admins reach either: SecurityConfiguration guards
 * /admin/** by URL. Downloads are GETs that change nothing but the export log, so they need no CSRF
 * token and can be scripted ({@code curl -b cookies '.../reported-counts.csv?knownOn=2026-02-01'}).
 */
@Controller
class ExportController {

	private static final Logger log = LoggerFactory.getLogger(ExportController.class);

	/**
	 * Each export holds a database connection until it ends; a few at once leave the pool for pages.
	 * One more is turned away with 429 and Retry-After.
	 */
	static final int MAX_CONCURRENT_EXPORTS = 3;

	private final CsvExporter exporter;

	private final ExportRecordRepository records;

	private final Clock clock;

	private final Semaphore running = new Semaphore(MAX_CONCURRENT_EXPORTS);

	private final SQLStateSQLExceptionTranslator translator = new SQLStateSQLExceptionTranslator();

	ExportController(CsvExporter exporter, ExportRecordRepository records, Clock clock) {
		this.exporter = exporter;
		this.records = records;
		this.clock = clock;
	}

	@GetMapping("/admin/export")
	String index(@PageableDefault(size = 20) Pageable pageable, HttpServletRequest request, Model model) {
		Page<ExportRecord> page = records
			.findAllByOrderByStartedAtDescIdDesc(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
		model.addAttribute("exports", Arrays.stream(Export.values()).map(ExportChoice::of).toList());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("page", page);
		model.addAttribute("links", Links.around(page, request));
		return "export/index";
	}

	@GetMapping("/admin/export/{name}.csv")
	void download(@PathVariable String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate knownOn,
			@RequestParam(defaultValue = "false") boolean hxl,
			@RequestParam(name = "public", defaultValue = "false") boolean forPublication, Principal principal,
			HttpServletResponse response) throws IOException {
		Export export = Export.bySlug(name).orElseThrow(() -> new RecordNotFoundException("export", name + ".csv"));
		LocalDate today = LocalDate.now(clock);
		LocalDate day = export.knownOnApplies() ? (knownOn != null ? knownOn : today) : null;
		if (day != null && (day.isBefore(Export.EARLIEST) || day.isAfter(Export.LATEST))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'" + knownOn + "' is not a valid knownOn; expected a date between 0001-01-01 and 9999-12-31.");
		}
		if (!running.tryAcquire()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "60");
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
					"Other exports are running; please try again in a minute.");
		}
		try {
			response.setContentType("text/csv;charset=UTF-8;header=present");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(export, day, hxl, forPublication, today)).build().toString());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			stream(export, day, hxl, forPublication, principal.getName(), response);
		}
		finally {
			running.release();
		}
	}

	private void stream(Export export, LocalDate knownOn, boolean hxl, boolean forPublication, String admin,
			HttpServletResponse response) throws IOException {
		Instant started = clock.instant();
		CsvExporter.RowCounter sent = new CsvExporter.RowCounter();
		ExportOutcome outcome = ExportOutcome.FAILED;
		try {
			long rows;
			// For publication the rows are read as a public reader reads them: without internal records
			// or anything resting on one. The log entry below is written by the application again.
			try (Audience.Scope scope = forPublication ? Audience.PUBLIC.enter() : null) {
				rows = exporter.export(export, knownOn, hxl, response.getOutputStream(), sent);
			}
			outcome = ExportOutcome.COMPLETED;
			log.info("Export {} known on {}{} by {}: {} rows", export.slug(), knownOn,
					forPublication ? " for publication" : "", admin, rows);
		}
		catch (IOException clientGone) {
			// The client closed the connection (ClientAbortException); nothing to tell anyone.
			outcome = ExportOutcome.ABORTED;
			log.debug("Export {} by {} ended by the client after {} rows: {}", export.slug(), admin, sent.rows(),
					clientGone.toString());
		}
		catch (SQLException e) {
			if (response.isCommitted()) {
				// Rows are out already: no error page can follow them. The exception reaches the servlet
				// container, which closes the connection without ending the response properly, so the
				// client sees a failed download rather than a file that merely looks short. It carries no
				// cause: Spring takes a chain holding the driver's EOFException for a client that went
				// away and would end the response normally.
				log.error("Export {} by {} failed after {} rows", export.slug(), admin, sent.rows(), e);
				throw new ExportInterruptedException(export, sent.rows());
			}
			// Nothing sent yet: the usual error page (503 when the database is away).
			DataAccessException translated = translator.translate("CSV export " + export.slug(), null, e);
			throw translated != null ? translated : new UncategorizedSQLException("CSV export " + export.slug(), null, e);
		}
		finally {
			record(new ExportRecord(export, knownOn, hxl, admin, started, clock.instant(), sent.rows(), outcome));
		}
	}

	private void record(ExportRecord record) {
		try {
			records.save(record);
		}
		catch (RuntimeException e) {
			log.warn("Could not log export {} by {}: {}", record.getExport(), record.getRequestedBy(), e.toString());
		}
	}

	/** What and when: {@code detainee-tracker_reported-counts_known-2026-02-01.csv}. */
	static String fileName(Export export, LocalDate knownOn, boolean hxl, boolean forPublication, LocalDate today) {
		String when = knownOn != null ? "known-" + knownOn : "exported-" + today;
		return "detainee-tracker_" + export.slug() + "_" + when + (hxl ? "_hxl" : "") + (forPublication ? "_public" : "")
				+ ".csv";
	}

	/** The database failed after part of an export had gone to the client. */
	static class ExportInterruptedException extends RuntimeException {

		ExportInterruptedException(Export export, long rows) {
			super("Export " + export.slug() + " failed after " + rows + " rows; the database error is logged above");
		}

	}

	/** One export as the page offers it. */
	record ExportChoice(String slug, boolean knownOnApplies, int columns) {

		static ExportChoice of(Export export) {
			return new ExportChoice(export.slug(), export.knownOnApplies(), export.columns().size());
		}

	}

}
