package org.detaineetracker.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The imports under way and recently done, each an uploaded file on disk read in the background
 * while its page shows progress. One file is read at a time (an import holds the figures table
 * while it writes); an import is kept for {@link #KEPT} and then forgotten with its file.
 */
@Component
class ImportJobs implements DisposableBean {

	static final Duration KEPT = Duration.ofHours(2);

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	public enum Stage {
		MAPPING, PREVIEWING, PREVIEWED, IMPORTING, IMPORTED, FAILED
	}

	/** One uploaded file and what has become of it. Read by its page while the worker writes it. */
	public static final class Job {

		final UUID id = UUID.randomUUID();

		final String owner;

		final String fileName;

		final Path file;

		final List<String> columns;

		final Locale locale;

		final Instant created = Instant.now();

		final AtomicLong done = new AtomicLong();

		volatile long total;

		volatile Mapping mapping;

		volatile Stage stage;

		volatile FigureImport.Summary preview;

		volatile FigureImport.Summary result;

		volatile String failure;

		Job(String owner, String fileName, Path file, List<String> columns, Mapping mapping, Locale locale) {
			this.owner = owner;
			this.fileName = fileName;
			this.file = file;
			this.columns = columns;
			this.mapping = mapping;
			this.locale = locale;
			this.stage = mapping.missing().isEmpty() ? Stage.PREVIEWING : Stage.MAPPING;
		}

		public UUID getId() {
			return id;
		}

		public String getFileName() {
			return fileName;
		}

		public Stage getStage() {
			return stage;
		}

		public long getDone() {
			return done.get();
		}

		public long getTotal() {
			return total;
		}

		public List<String> getColumns() {
			return columns;
		}

		public Mapping getMapping() {
			return mapping;
		}

		public FigureImport.Summary getPreview() {
			return preview;
		}

		public FigureImport.Summary getResult() {
			return result;
		}

		public String getFailure() {
			return failure;
		}

	}

	private final FigureImport figures;

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "spreadsheet-import");
		thread.setDaemon(true);
		return thread;
	});

	ImportJobs(FigureImport figures) {
		this.figures = figures;
	}

	/** A new import of the file; previewed at once when its columns are known. */
	Job start(String owner, String fileName, Path file, List<String> columns, Locale locale) {
		forgetOld();
		Job job = new Job(owner, fileName, file, columns, Mapping.byName(columns), locale);
		jobs.put(job.id, job);
		if (job.stage == Stage.PREVIEWING) {
			preview(job);
		}
		return job;
	}

	/** The import, to its owner only. */
	Optional<Job> find(UUID id, String owner) {
		return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner.equals(owner));
	}

	void map(Job job, Mapping mapping) {
		job.mapping = mapping;
		job.stage = Stage.PREVIEWING;
		preview(job);
	}

	void preview(Job job) {
		job.done.set(0);
		submit(job, () -> {
			job.total = ImportFile.count(job.file);
			job.preview = figures.run(job.file, job.mapping, job.owner, job.locale, false, true, job.done::set);
			job.stage = Stage.PREVIEWED;
		});
	}

	void commit(Job job, boolean createProposed) {
		job.stage = Stage.IMPORTING;
		job.done.set(0);
		submit(job, () -> {
			job.result = figures.run(job.file, job.mapping, job.owner, job.locale, true, createProposed, job.done::set);
			job.stage = Stage.IMPORTED;
		});
	}

	/** Runs in the worker as the editor who asked, so the revision names them. */
	private void submit(Job job, Runnable work) {
		SecurityContext editor = SecurityContextHolder.getContext();
		worker.execute(() -> {
			SecurityContextHolder.setContext(editor);
			try {
				work.run();
			}
			catch (ImportFile.Unreadable unreadable) {
				job.failure = unreadable.getMessage();
				job.stage = Stage.FAILED;
			}
			catch (RuntimeException failed) {
				log.error("Import {} of {} by {} failed", job.id, job.fileName, job.owner, failed);
				job.failure = "an unexpected error, logged under import " + job.id + ".";
				job.stage = Stage.FAILED;
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		});
	}

	private void forgetOld() {
		Instant before = Instant.now().minus(KEPT);
		jobs.values().removeIf(job -> {
			boolean old = job.created.isBefore(before) && job.stage != Stage.PREVIEWING && job.stage != Stage.IMPORTING;
			if (old) {
				delete(job.file);
			}
			return old;
		});
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("Could not delete the uploaded file {}: {}", file, e.toString());
		}
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
		jobs.values().forEach(job -> delete(job.file));
	}

}
