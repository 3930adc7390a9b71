package org.detaineetracker.movement;

public enum MovementKind {
	TRANSFER, RELEASE, ESCAPE, REPATRIATION
}
