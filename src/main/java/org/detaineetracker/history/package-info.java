/**
 * Revision history read from the audit tables (who changed what, when, old and new values). Uses
 * no other module; record modules and pages ask it for their history.
 */
@ApplicationModule(displayName = "History", allowedDependencies = {})
package org.detaineetracker.history;

import org.springframework.modulith.ApplicationModule;
