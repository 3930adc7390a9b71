package org.detaineetracker.movement;

public enum MovementStatus {
	PLANNED, UNDER_WAY, COMPLETED
}
