package org.detaineetracker.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A request waits for a database connection once. While the database is away the pool makes each
 * {@code getConnection} wait its whole connection timeout (3 s), and one request may ask several
 * times: a form's references are looked up, the transaction opens, an export records its outcome,
 * the error handling checks the database. Each wait added up (a figure's form took 12 s to fail).
 * Once an attempt has failed, later attempts in the same request fail at once with the same cause,
 * so every request answers within the documented bound. Outside a request nothing changes.
 */
final class FailFastDataSource extends DelegatingDataSource {

	private static final String UNREACHABLE = FailFastDataSource.class.getName() + ".UNREACHABLE";

	FailFastDataSource(DataSource target) {
		super(target);
	}

	/** Wraps the application's data source, keeping its bean type visible through {@code unwrap}. */
	static BeanPostProcessor wrapper() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !(bean instanceof FailFastDataSource)
						? new FailFastDataSource(dataSource) : bean;
			}

		};
	}

	@Override
	public Connection getConnection() throws SQLException {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(UNREACHABLE, RequestAttributes.SCOPE_REQUEST) instanceof SQLException earlier) {
			throw new SQLTransientConnectionException("The database could not be reached earlier in this request",
					earlier.getSQLState(), earlier);
		}
		try {
			return super.getConnection();
		}
		catch (SQLException unreachable) {
			if (request != null && ErrorAdvice.isConnectionFailure(unreachable)) {
				request.setAttribute(UNREACHABLE, unreachable, RequestAttributes.SCOPE_REQUEST);
			}
			throw unreachable;
		}
	}

}
