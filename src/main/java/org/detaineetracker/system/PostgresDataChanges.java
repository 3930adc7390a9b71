package org.detaineetracker.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.detaineetracker.kernel.DataChanges;

/**
 * Hears of every change to the data: those this process makes, as each of its connections that may
 * have written commits or goes back to the pool ({@link ChangeSignallingDataSource}), and those made
 * by anyone else, as PostgreSQL notifies {@value #CHANNEL} (V123: a write to any table behind the
 * pages or to an account notifies it when it commits).
 * <p>
 * The notifications come on a connection of its own, outside the pool, opened when a check is
 * first asked. While that connection is not listening (not yet open, lost, the pool is not
 * Hikari's) the epoch is {@link DataChanges#UNSURE} and every check is asked as before. A change
 * made elsewhere shows once its notification arrives, a fraction of a millisecond after it commits
 * on the same machine; a change made here shows on the very next request.
 */
final class PostgresDataChanges implements DataChanges, DisposableBean {

	static final String CHANNEL = "tracker_changes";

	private static final Logger log = LoggerFactory.getLogger(PostgresDataChanges.class);

	/** How long one wait for notifications lasts before the connection is checked with a statement. */
	private static final int WAIT_MILLIS = 10_000;

	private static final long RETRY_MILLIS = 1_000;

	private final AtomicLong epoch = new AtomicLong();

	private final ThreadLocal<Boolean> asking = new ThreadLocal<>();

	private volatile boolean listening;

	private volatile boolean stopped;

	private volatile DataSource dataSource;

	/** Set once, by the first check; before that, and only then, a check tries to start listening. */
	private volatile Thread listener;

	private Connection connection;

	/** The pool whose settings the listening connection is opened with. */
	void listenTo(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * {@inheritDoc} Inside a transaction it is always unsure: what the transaction has written is
	 * seen by its own reads before it commits (or never, if it rolls back), so an answer asked there
	 * is neither taken from memory nor remembered.
	 */
	@Override
	public long epoch() {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return UNSURE;
		}
		if (!listening) {
			if (listener == null) {
				startListening();
			}
			if (!listening) {
				return UNSURE; // no monitor entered per request while the database is away
			}
		}
		return epoch.get();
	}

	@Override
	public <T> T asking(Supplier<T> check) {
		Boolean outer = asking.get();
		asking.set(Boolean.TRUE);
		try {
			return check.get();
		}
		finally {
			if (outer == null) {
				asking.remove();
			}
		}
	}

	/** A connection of this process that may have written committed or went back to the pool. */
	void changedHere() {
		epoch.incrementAndGet();
	}

	/** Whether this thread is running a check, whose statements are no change. */
	boolean isAsking() {
		return asking.get() != null;
	}

	/**
	 * Opens the listening connection once, on the thread that first asks (so the first check after
	 * startup already knows whether it may remember); after that a thread of its own keeps it open.
	 */
	private synchronized void startListening() {
		if (listener != null || stopped || dataSource == null) {
			return;
		}
		HikariDataSource pool;
		try {
			pool = dataSource.unwrap(HikariDataSource.class);
		}
		catch (SQLException notHikari) {
			log.info("Not listening for data changes: the data source is not a Hikari pool; every check is asked");
			dataSource = null;
			return;
		}
		listener = new Thread(() -> keepListening(pool), "data-changes");
		listener.setDaemon(true);
		try {
			listen(pool);
		}
		catch (SQLException | RuntimeException unavailable) {
			log.debug("Not listening for data changes yet", unavailable);
		}
		listener.start();
	}

	private void keepListening(HikariDataSource pool) {
		while (!stopped) {
			try {
				if (!listening) {
					listen(pool);
				}
				PGConnection notified = connection.unwrap(PGConnection.class);
				while (!stopped) {
					if (notified.getNotifications(WAIT_MILLIS).length > 0) {
						epoch.incrementAndGet();
					}
					else {
						try (Statement statement = connection.createStatement()) {
							statement.execute("select 1");
						}
					}
				}
			}
			catch (SQLException | RuntimeException lost) {
				unlisten();
				if (!stopped) {
					log.debug("Lost the connection that hears of data changes; every check is asked until it is back",
							lost);
					sleep();
				}
			}
		}
	}

	/** Opens the connection and listens; from then on, and not before, an answer may be remembered. */
	private void listen(HikariDataSource pool) throws SQLException {
		Properties properties = new Properties();
		properties.putAll(pool.getDataSourceProperties());
		if (pool.getUsername() != null) {
			properties.setProperty("user", pool.getUsername());
		}
		if (pool.getPassword() != null) {
			properties.setProperty("password", pool.getPassword());
		}
		properties.setProperty("ApplicationName", "detainee-tracker data changes");
		Connection opened = DriverManager.getConnection(pool.getJdbcUrl(), properties);
		try (Statement statement = opened.createStatement()) {
			statement.execute("listen " + CHANNEL);
		}
		catch (SQLException | RuntimeException failed) {
			opened.close();
			throw failed;
		}
		synchronized (this) {
			connection = opened;
			// anything remembered before now may have missed a change made before the listen
			epoch.incrementAndGet();
			listening = true;
		}
	}

	private synchronized void unlisten() {
		listening = false;
		epoch.incrementAndGet();
		if (connection != null) {
			try {
				// abort, not close: the listening thread may be waiting on the connection, and close waits for it
				connection.abort(Runnable::run);
			}
			catch (SQLException ignored) {
				// it is being given up
			}
			connection = null;
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(RETRY_MILLIS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		Thread running;
		synchronized (this) {
			stopped = true;
			running = listener;
		}
		unlisten();
		if (running != null) {
			running.interrupt();
			running.join(5_000);
		}
	}

}
