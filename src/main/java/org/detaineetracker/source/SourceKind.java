package org.detaineetracker.source;

public enum SourceKind {
	NEWS, OFFICIAL_STATEMENT, REPORT, OTHER
}
