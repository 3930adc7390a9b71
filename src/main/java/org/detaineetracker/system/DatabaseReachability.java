package org.detaineetracker.system;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Whether the database answers right now. A failure seen mid-request does not always say it was the
 * connection (a lost connection can surface as a failed rollback), so when in doubt ask the database.
 */
@Component
class DatabaseReachability {

	private final DataSource dataSource;

	DatabaseReachability(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	boolean answers() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.isValid(2);
		}
		catch (SQLException | RuntimeException unreachable) {
			return false;
		}
	}

}
