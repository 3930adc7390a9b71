package org.detaineetracker.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedSignIns failed sign-ins in a row after which an account is locked
 * @param lockout how long it stays locked
 */
@ConfigurationProperties("tracker.security")
public record SecurityProperties(int maxFailedSignIns, Duration lockout) {

	public SecurityProperties {
		if (maxFailedSignIns <= 0) {
			maxFailedSignIns = 5;
		}
		if (lockout == null) {
			lockout = Duration.ofMinutes(15);
		}
	}

}
