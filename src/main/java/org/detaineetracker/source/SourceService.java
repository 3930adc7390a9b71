package org.detaineetracker.source;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.web.RecordNotFoundException;
import org.detaineetracker.web.Versions;

/** Writes sources: create and revise, each in one transaction (one revision). */
@Service
public class SourceService {

	private final SourceRepository sources;

	SourceService(SourceRepository sources) {
		this.sources = sources;
	}

	@Transactional
	public Source create(SourceForm form) {
		Source source = new Source(form.getOutlet(), form.getTitle(), form.getKind(), form.published());
		source.setUrl(form.getUrl());
		source.setCites(form.getCites());
		source.setNote(form.getNote());
		return sources.save(source);
	}

	@Transactional
	public void revise(long id, SourceForm form) {
		Source source = find(id);
		Versions.require(form.getVersion(), source.getVersion(), "source", id);
		source.revise(form.getOutlet(), form.getTitle(), form.getUrl(), form.getKind(), form.published(),
				form.getCites(), form.getNote());
	}

	/** The source with what it repeats, as its form shows it. */
	@Transactional(readOnly = true)
	public Source find(long id) {
		return sources.findPageById(id).orElseThrow(() -> new RecordNotFoundException("source", id));
	}

}
