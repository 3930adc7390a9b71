/**
 * Spreadsheet import: an editor's CSV of reported figures or of movements (the exports' columns, or
 * their own mapped to them) read into the figure form row by row, previewed, and written in one transaction or not
 * at all.
 */
@ApplicationModule(displayName = "Spreadsheet import",
		allowedDependencies = { "count", "facility", "cohort", "custody", "holder", "movement", "source", "kernel", "web" })
package org.detaineetracker.imports;

import org.springframework.modulith.ApplicationModule;
