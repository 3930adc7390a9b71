package org.detaineetracker.movementpage;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.detaineetracker.history.HistoryService;
import org.detaineetracker.kernel.Bounds;
import org.detaineetracker.kernel.FigureWords;
import org.detaineetracker.kernel.Qualifier;
import org.detaineetracker.movement.MovementService;
import org.detaineetracker.movement.MovementWithReports;
import org.detaineetracker.movement.Tally;
import org.detaineetracker.population.MovementReconciliation;
import org.detaineetracker.population.MovementReport;
import org.detaineetracker.population.Movements;
import org.detaineetracker.population.Range;

/**
 * {@code /movements/{id}}: one movement with every source's report of it, what they say together
 * (read as the population model reads them: agreement or conflict, independent sources through
 * cites), and its history.
 */
@Controller
class MovementController {

	private final MovementService movements;

	private final HistoryService history;

	private final FigureWords words;

	MovementController(MovementService movements, HistoryService history, FigureWords words) {
		this.movements = movements;
		this.history = history;
		this.words = words;
	}

	/** What the reports say together, in the kernel's bounds so the page words it like any figure. */
	record Reconciled(Bounds span, boolean conflict, List<String> disagreements, int independentSources,
			int reports) {
	}

	@GetMapping("/movements/{id}")
	String movement(@PathVariable long id, Model model) {
		MovementWithReports found = movements.findWithReports(id);
		model.addAttribute("movement", found.movement());
		model.addAttribute("reports", found.reports());
		model.addAttribute("reconciled", reconcile(found.reports()));
		model.addAttribute("history", history.ofMovement(id));
		return "movements/show";
	}

	Reconciled reconcile(List<MovementWithReports.Report> reports) {
		if (reports.isEmpty()) {
			return null;
		}
		MovementReconciliation together = Movements.reconcile(reports.stream().map(this::asModel).toList());
		Range span = together.span();
		return new Reconciled(new Bounds(Math.toIntExact(span.lower()), span.upper() == null ? null : Math.toIntExact(span.upper())),
				together.isConflict(),
				together.disagreements().stream().map(MovementReconciliation.Disagreement::words).toList(),
				together.independentSources(), reports.size());
	}

	private MovementReport asModel(MovementWithReports.Report row) {
		var report = row.report();
		return new MovementReport(report.getId(), Range.of(report.getFigure().getBounds()),
				report.getFigure().getQualifier() == Qualifier.APPROXIMATE,
				report.getTally() == Tally.BATCH ? MovementReport.Tally.BATCH : MovementReport.Tally.CUMULATIVE,
				row.sourceRoot(), words.words(report.getFigure()), report.getSource().getOutlet());
	}

}
