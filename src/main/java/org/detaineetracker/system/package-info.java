/**
 * Wiring at the top: security, error pages, the embedded database, repositories and static
 * resources. No module depends on it.
 */
@ApplicationModule(displayName = "System", allowedDependencies = { "account", "map", "web", "kernel" })
package org.detaineetracker.system;

import org.springframework.modulith.ApplicationModule;
