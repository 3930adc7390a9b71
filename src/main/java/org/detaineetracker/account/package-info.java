/**
 * Accounts, roles, sign-in and its lockout, and the first admin. A record module: it uses no other
 * module.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = {})
package org.detaineetracker.account;

import org.springframework.modulith.ApplicationModule;
