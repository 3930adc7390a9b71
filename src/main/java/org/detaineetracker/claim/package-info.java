/**
 * The claim finder: an editor pastes an article, sees every figure in it about people held, moved,
 * released or escaped, and accepts one into the figure or movement form, which keeps the passage it
 * was read in. Its pages, its JSON API, its request limits and the reading of facility names, cohorts
 * and what was already recorded from a text are here; the text analysis itself is the internal
 * package {@code reading}, plain Java that knows nothing of Spring or of the other modules.
 *
 * <p>May use {@code kernel} (passages, qualifiers, dates), {@code web} (form rules, error references,
 * passage seals) and {@code source} (the source an article is read for). Nothing depends on it: the
 * figure and movement forms only receive links it builds.
 */
@ApplicationModule(displayName = "Claim finder", allowedDependencies = { "source", "kernel", "web" })
package org.detaineetracker.claim;

import org.springframework.modulith.ApplicationModule;
