package org.detaineetracker.system;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/** A data source that hands out its target's connections wrapped, whichever way they are asked for. */
abstract class WrappingDataSource extends DelegatingDataSource {

	WrappingDataSource(DataSource target) {
		super(target);
	}

	@Override
	public final Connection getConnection() throws SQLException {
		return wrap(super.getConnection());
	}

	@Override
	public final Connection getConnection(String username, String password) throws SQLException {
		return wrap(super.getConnection(username, password));
	}

	/** The connection as this data source hands it out; closes it if that cannot be done. */
	abstract Connection wrap(Connection connection) throws SQLException;

}
