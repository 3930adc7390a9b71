/**
 * Revision history (who changed what, when, old and new values), read from the audit tables the
 * database writes (V125); the transaction manager here tells the database which account writes.
 * Uses no other module; record modules and pages ask it for their history.
 */
@ApplicationModule(displayName = "History", allowedDependencies = {})
package org.detaineetracker.history;

import org.springframework.modulith.ApplicationModule;
