package org.detaineetracker.count;

/** A figure with the independent source behind it: the root of its source's cites chain. */
public record CountWithRoot(ReportedCount count, long rootSourceId) {
}
