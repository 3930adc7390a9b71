/**
 * Accounts, roles, sign-in and its lockout, and the first admin. A record module: it uses no other
 * module but the shared kernel.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "kernel" })
package org.detaineetracker.account;

import org.springframework.modulith.ApplicationModule;
