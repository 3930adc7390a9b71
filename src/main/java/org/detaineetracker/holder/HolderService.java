package org.detaineetracker.holder;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.custody.CustodyHolder;
import org.detaineetracker.custody.CustodyHolderRepository;
import org.detaineetracker.web.FormSubmissions;
import org.detaineetracker.web.RecordNotFoundException;
import org.detaineetracker.web.RejectedFormException;
import org.detaineetracker.web.Versions;
import org.detaineetracker.web.Writes;
import org.detaineetracker.web.Writes.Unique;

/** Writes custody holders: create and revise, each in one transaction (one revision). */
@Service
public class HolderService {

	private static final Unique SLUG_UNIQUE = Unique.slug("custody_holder_slug_unique");

	private final CustodyHolderRepository holders;

	private final HolderFormValidator validator;

	private final FormSubmissions submissions;

	HolderService(CustodyHolderRepository holders, HolderFormValidator validator, FormSubmissions submissions) {
		this.holders = holders;
		this.validator = validator;
		this.submissions = submissions;
	}

	@Transactional
	public CustodyHolder create(HolderForm form) {
		return submissions.once(form.getSubmissionToken(), "custody_holder", () -> {
			RejectedFormException.check(form, errors -> validator.checkAgainstRecords(form, null, errors));
			CustodyHolder holder = new CustodyHolder(form.getSlug(), form.getName(), form.getKind());
			holder.revise(form.getSlug(), form.getName(), form.getShortName(), form.getKind(), form.getCountryCode());
			return Writes.insert(form, () -> holders.saveAndFlush(holder), SLUG_UNIQUE);
		}, CustodyHolder::getId, this::find);
	}

	@Transactional
	public CustodyHolder revise(String slug, HolderForm form) {
		CustodyHolder holder = find(slug);
		long id = holder.getId();
		Versions.require(form.getVersion(), holder.getVersion(), "custody holder", id, () -> HolderForm.of(holder));
		RejectedFormException.check(form, errors -> validator.checkAgainstRecords(form, id, errors));
		holder.revise(form.getSlug(), form.getName(), form.getShortName(), form.getKind(), form.getCountryCode());
		Writes.flush(holders, form, "custody holder", id, SLUG_UNIQUE);
		return holder;
	}

	@Transactional(readOnly = true)
	public CustodyHolder find(String slug) {
		return holders.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("custody holder", slug));
	}

	@Transactional(readOnly = true)
	public CustodyHolder find(long id) {
		return holders.findById(id).orElseThrow(() -> new RecordNotFoundException("custody holder", id));
	}

	@Transactional(readOnly = true)
	public List<CustodyHolder> all() {
		return holders.findAllByOrderByNameAsc();
	}

}
