/**
 * Values every module shares and nothing else: partial dates and their precision, qualifiers and
 * the bounds they give, figures, passages, the "known on" date, and the words for showing them.
 * Depends on no other module.
 */
@ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
package org.detaineetracker.kernel;

import org.springframework.modulith.ApplicationModule;
