package org.detaineetracker.holder;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.custody.CustodyHolder;
import org.detaineetracker.custody.CustodyHolderRepository;
import org.detaineetracker.web.RecordNotFoundException;
import org.detaineetracker.web.Versions;

/** Writes custody holders: create and revise, each in one transaction (one revision). */
@Service
public class HolderService {

	private final CustodyHolderRepository holders;

	HolderService(CustodyHolderRepository holders) {
		this.holders = holders;
	}

	@Transactional
	public CustodyHolder create(HolderForm form) {
		CustodyHolder holder = new CustodyHolder(form.getSlug(), form.getName(), form.getKind());
		holder.revise(form.getSlug(), form.getName(), form.getShortName(), form.getKind(), form.getCountryCode());
		return holders.save(holder);
	}

	@Transactional
	public CustodyHolder revise(long id, HolderForm form) {
		CustodyHolder holder = holders.findById(id).orElseThrow(() -> new RecordNotFoundException("custody holder", id));
		Versions.require(form.getVersion(), holder.getVersion(), "custody holder", id);
		holder.revise(form.getSlug(), form.getName(), form.getShortName(), form.getKind(), form.getCountryCode());
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
