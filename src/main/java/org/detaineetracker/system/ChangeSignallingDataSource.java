package org.detaineetracker.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Tells {@link PostgresDataChanges} of every change this process may have made: whenever one of its
 * connections that may have written commits or goes back to the pool, before the request that wrote
 * can answer. It does not read the SQL. A connection may have written once it has prepared a
 * statement anywhere but in a read-only transaction, which PostgreSQL itself keeps from writing
 * ({@code BEGIN READ ONLY}). So a search, which reads in one, leaves the remembered checks as they
 * are, and any other use of the database counts as a change.
 */
final class ChangeSignallingDataSource extends WrappingDataSource {

	private final PostgresDataChanges changes;

	ChangeSignallingDataSource(DataSource target, PostgresDataChanges changes) {
		super(target);
		this.changes = changes;
	}

	static BeanPostProcessor wrapper(ObjectProvider<PostgresDataChanges> listener) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ChangeSignallingDataSource)) {
					PostgresDataChanges changes = listener.getObject();
					changes.listenTo(dataSource);
					return new ChangeSignallingDataSource(dataSource, changes);
				}
				return bean;
			}

		};
	}

	@Override
	Connection wrap(Connection connection) throws SQLException {
		try {
			return (Connection) Proxy.newProxyInstance(ChangeSignallingDataSource.class.getClassLoader(),
					new Class<?>[] { Connection.class }, new Signalling(connection, changes));
		}
		catch (SQLException | RuntimeException unreadable) {
			connection.close();
			throw unreadable;
		}
	}

	private static final class Signalling implements InvocationHandler {

		private final Connection connection;

		private final PostgresDataChanges changes;

		private boolean autoCommit;

		private boolean readOnly;

		/** Whether a statement was prepared outside a read-only transaction (and not for a check). */
		private boolean mayHaveWritten;

		Signalling(Connection connection, PostgresDataChanges changes) throws SQLException {
			this.connection = connection;
			this.changes = changes;
			this.autoCommit = connection.getAutoCommit();
			this.readOnly = connection.isReadOnly();
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if ((name.equals("unwrap") || name.equals("isWrapperFor")) && ((Class<?>) args[0]).isInstance(proxy)) {
				return name.equals("unwrap") ? proxy : true;
			}
			if (name.equals("equals") && args.length == 1) {
				return proxy == args[0];
			}
			if (name.equals("hashCode") && args == null) {
				return System.identityHashCode(proxy);
			}
			if ((name.equals("createStatement") || name.equals("prepareStatement") || name.equals("prepareCall"))
					&& !(readOnly && !autoCommit) && !changes.isAsking()) {
				mayHaveWritten = true;
			}
			try {
				return method.invoke(connection, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
			finally {
				switch (name) {
					case "setAutoCommit" -> autoCommit = (Boolean) args[0];
					case "setReadOnly" -> readOnly = (Boolean) args[0];
					default -> {
					}
				}
				if (mayHaveWritten && (name.equals("commit") || name.equals("close")) && (args == null || args.length == 0)) {
					changes.changedHere();
				}
			}
		}

	}

}
