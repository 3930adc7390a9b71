package org.detaineetracker.count;

public enum CountStatus {
	ACTIVE, RETRACTED
}
