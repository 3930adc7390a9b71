package org.detaineetracker.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

import org.detaineetracker.kernel.Audience;

/**
 * Connections taken for a public reader act as the role {@code tracker_public} until they go back
 * to the pool, so row-level security (V119) keeps internal records out of whatever they read, and
 * they cannot write. Connections for everyone else are handed over untouched: no statement is added
 * to a signed-in request.
 */
final class AudienceDataSource extends WrappingDataSource {

	/** The role public readers act as; the migration creates it and its policies. */
	static final String PUBLIC_ROLE = "tracker_public";

	AudienceDataSource(DataSource target) {
		super(target);
	}

	static BeanPostProcessor wrapper() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !(bean instanceof AudienceDataSource)
						? new AudienceDataSource(dataSource) : bean;
			}

		};
	}

	@Override
	Connection wrap(Connection connection) throws SQLException {
		if (Audience.current() != Audience.PUBLIC) {
			return connection;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("set role " + PUBLIC_ROLE);
			if (!connection.getAutoCommit()) {
				// a SET inside a transaction would end with it
				connection.commit();
			}
		}
		catch (SQLException | RuntimeException refused) {
			connection.close();
			throw refused;
		}
		return (Connection) Proxy.newProxyInstance(AudienceDataSource.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new ResettingOnClose(connection));
	}

	/**
	 * Gives the connection its own role back before the pool has it again. If that fails the
	 * connection is aborted rather than returned, so no later reader inherits the public role's view.
	 */
	private record ResettingOnClose(Connection connection) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
			if (method.getName().equals("close") && method.getParameterCount() == 0) {
				if (!connection.isClosed()) {
					try (Statement statement = connection.createStatement()) {
						// Outside autocommit the reset is made in a transaction of its own and committed:
						// the pool rolls back what is left open, and would take the reset with it.
						boolean autoCommit = connection.getAutoCommit();
						if (!autoCommit) {
							connection.rollback();
						}
						statement.execute("reset role");
						if (!autoCommit) {
							connection.commit();
						}
					}
					catch (SQLException failed) {
						connection.abort(Runnable::run);
						throw failed;
					}
				}
				connection.close();
				return null;
			}
			if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
				Class<?> type = (Class<?>) args[0];
				if (type.isInstance(proxy)) {
					return method.getName().equals("unwrap") ? proxy : true;
				}
			}
			try {
				return method.invoke(connection, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
		}

	}

}
