package org.detaineetracker.source;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.web.DuplicateRecordException;
import org.detaineetracker.web.FormSubmissions;
import org.detaineetracker.web.RecordLocks;
import org.detaineetracker.web.RecordNotFoundException;
import org.detaineetracker.web.RejectedFormException;
import org.detaineetracker.web.Versions;
import org.detaineetracker.web.Writes;
import org.detaineetracker.web.Writes.Unique;

/** Writes sources: create and revise, each in one transaction (one revision). */
@Service
public class SourceService {

	/** The trigger's name for a chain of citations that loops (V41); the same lock as the trigger's (V66). */
	private static final Unique NO_CITES_LOOP = new Unique("source_cites_no_cycle", "cites", "form.hierarchy.loop");

	private static final String CITES_LOCK = "source.cites";

	private final SourceRepository sources;

	private final SourceFormValidator validator;

	private final FormSubmissions submissions;

	private final RecordLocks locks;

	SourceService(SourceRepository sources, SourceFormValidator validator, FormSubmissions submissions,
			RecordLocks locks) {
		this.sources = sources;
		this.validator = validator;
		this.submissions = submissions;
		this.locks = locks;
	}

	/** Once per submitted form; a source that repeats a stored one needs the editor's confirmation. */
	@Transactional
	public Source create(SourceForm form) {
		return submissions.once(form.getSubmissionToken(), "source", () -> {
			refuseDuplicate(form);
			Source source = new Source(form.getOutlet(), form.getTitle(), form.getKind(), form.published());
			source.setUrl(form.getUrl());
			source.setCites(form.getCites());
			source.setNote(form.getNote());
			source.setInternal(form.isInternal());
			return sources.save(source);
		}, Source::getId, this::find);
	}

	/**
	 * Two editors making A cite B and B cite A at once take turns on one lock, so the second one's
	 * check sees the first's citation and is refused as a loop.
	 */
	@Transactional
	public Source revise(long id, SourceForm form) {
		Source source = find(id);
		Versions.require(form.getVersion(), source.getVersion(), "source", id, () -> SourceForm.of(source));
		if (form.getCites() != null) {
			locks.lock(CITES_LOCK);
			RejectedFormException.check(form, errors -> validator.checkCites(form, id, errors));
		}
		source.revise(form.getOutlet(), form.getTitle(), form.getUrl(), form.getKind(), form.published(),
				form.getCites(), form.getNote());
		source.setInternal(form.isInternal());
		Writes.flush(sources, form, "source", id, NO_CITES_LOOP);
		return source;
	}

	/** The source with what it repeats, as its form shows it. */
	@Transactional(readOnly = true)
	public Source find(long id) {
		return sources.findPageById(id).orElseThrow(() -> new RecordNotFoundException("source", id));
	}

	/** The same outlet and title, published the same day: one article, told once. */
	private void refuseDuplicate(SourceForm form) {
		if (form.isConfirmDuplicate()) {
			return;
		}
		locks.lock("source", form.getOutlet().toLowerCase(java.util.Locale.ROOT),
				form.getTitle().toLowerCase(java.util.Locale.ROOT));
		sources.findDuplicateId(form.getOutlet(), form.getTitle(), form.published().date(), -1).ifPresent(id -> {
			throw new DuplicateRecordException(find(id));
		});
	}

}
