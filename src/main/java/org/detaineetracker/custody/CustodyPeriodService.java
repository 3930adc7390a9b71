package org.detaineetracker.custody;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.web.FormSubmissions;
import org.detaineetracker.web.RecordNotFoundException;
import org.detaineetracker.web.Versions;
import org.detaineetracker.web.Writes;

/** Writes custody periods: create and revise, each in one transaction (one revision). */
@Service
public class CustodyPeriodService {

	private final CustodyPeriodRepository periods;

	private final FormSubmissions submissions;

	CustodyPeriodService(CustodyPeriodRepository periods, FormSubmissions submissions) {
		this.periods = periods;
		this.submissions = submissions;
	}

	@Transactional
	public CustodyPeriod create(CustodyPeriodForm form) {
		return submissions.once(form.getSubmissionToken(), "custody_period", () -> {
			CustodyPeriod period = new CustodyPeriod(form.getFacility(), form.getHolder(), form.getSource());
			apply(form, period);
			return periods.save(period);
		}, CustodyPeriod::getId, this::find);
	}

	@Transactional
	public CustodyPeriod revise(long id, CustodyPeriodForm form) {
		CustodyPeriod period = find(id);
		Versions.require(form.getVersion(), period.getVersion(), "custody period", id,
				() -> CustodyPeriodForm.of(period));
		apply(form, period);
		Writes.flush(periods, form, "custody period", id);
		return period;
	}

	private static void apply(CustodyPeriodForm form, CustodyPeriod period) {
		period.revise(form.getFacility(), form.getHolder(), form.started(), form.ended(), form.getSource(),
				form.getNote());
	}

	/** The period with its facility, holder and source. */
	@Transactional(readOnly = true)
	public CustodyPeriod find(long id) {
		return periods.findForFormById(id).orElseThrow(() -> new RecordNotFoundException("custody period", id));
	}

}
