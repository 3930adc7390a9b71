package org.detaineetracker.custody;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.web.RecordNotFoundException;
import org.detaineetracker.web.Versions;

/** Writes custody periods: create and revise, each in one transaction (one revision). */
@Service
public class CustodyPeriodService {

	private final CustodyPeriodRepository periods;

	CustodyPeriodService(CustodyPeriodRepository periods) {
		this.periods = periods;
	}

	@Transactional
	public CustodyPeriod create(CustodyPeriodForm form) {
		CustodyPeriod period = new CustodyPeriod(form.getFacility(), form.getHolder(), form.getSource());
		period.revise(form.getFacility(), form.getHolder(), form.started(), form.ended(), form.getSource(),
				form.getNote());
		return periods.save(period);
	}

	@Transactional
	public void revise(long id, CustodyPeriodForm form) {
		CustodyPeriod period = find(id);
		Versions.require(form.getVersion(), period.getVersion(), "custody period", id);
		period.revise(form.getFacility(), form.getHolder(), form.started(), form.ended(), form.getSource(),
				form.getNote());
	}

	/** The period with its facility, holder and source. */
	@Transactional(readOnly = true)
	public CustodyPeriod find(long id) {
		return periods.findForFormById(id).orElseThrow(() -> new RecordNotFoundException("custody period", id));
	}

}
