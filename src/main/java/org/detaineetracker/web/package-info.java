/**
 * What every page and form shares: field rules and checks, binding of numbers and references,
 * stale-version and not-found errors, error references, paging links and the "known on" parameter.
 * Knows no record module.
 */
@ApplicationModule(displayName = "Web plumbing", allowedDependencies = { "kernel" })
package org.detaineetracker.web;

import org.springframework.modulith.ApplicationModule;
