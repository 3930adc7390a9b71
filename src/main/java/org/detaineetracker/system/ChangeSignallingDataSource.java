package org.detaineetracker.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells {@link PostgresDataChanges} of every change this process may have made: whenever one of its
 * connections commits or goes back to the pool, before the request that wrote can answer. It does
 * not look at what was done (a read counts too), so a remembered check is asked again after any
 * request that used the database, and never missed after one that wrote.
 */
final class ChangeSignallingDataSource extends DelegatingDataSource {

	private final PostgresDataChanges changes;

	ChangeSignallingDataSource(DataSource target, PostgresDataChanges changes) {
		super(target);
		this.changes = changes;
	}

	static BeanPostProcessor wrapper(PostgresDataChanges changes) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ChangeSignallingDataSource)) {
					changes.listenTo(dataSource);
					return new ChangeSignallingDataSource(dataSource, changes);
				}
				return bean;
			}

		};
	}

	@Override
	public Connection getConnection() throws SQLException {
		return signalling(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return signalling(super.getConnection(username, password));
	}

	private Connection signalling(Connection connection) {
		return (Connection) Proxy.newProxyInstance(ChangeSignallingDataSource.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new Signalling(connection, changes));
	}

	private record Signalling(Connection connection, PostgresDataChanges changes) implements InvocationHandler {

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
			try {
				return method.invoke(connection, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
			finally {
				if ((name.equals("close") || name.equals("commit")) && (args == null || args.length == 0)) {
					changes.changedHere();
				}
			}
		}

	}

}
