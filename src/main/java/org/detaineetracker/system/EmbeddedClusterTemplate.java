package org.detaineetracker.system;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded database as a first start would make it, made once when the jar is built: a cluster
 * created by {@code initdb}, every migration applied (seed data included), the server shut down
 * cleanly, and the folder zipped into the jar ({@link #main}, run by pom.xml before packaging).
 * <p>
 * A first start unpacks it instead of running {@code initdb} and the migrations one by one, which
 * took about 1.4 s more processor time than unpacking does, on two cores the rest of the start
 * already keeps busy (bench/README.md, "A first start from a cluster made at build time").
 * <p>
 * It is used only where it is exactly what the start would have made: on the same operating system
 * and processor, with the same locale settings ({@code initdb} takes them from the environment, and
 * they decide how text sorts), and from the same migrations. Anywhere else the start creates the
 * cluster as before. The server's binaries are not compared: the jar carries the ones the template
 * was made with, and a build made with other binaries, or other code to make it, makes it again.
 */
final class EmbeddedClusterTemplate {

	static final String ARCHIVE = "embedded-postgres/cluster.zip";

	static final String DESCRIPTION = "embedded-postgres/cluster.properties";

	/** The categories {@code initdb} reads from the environment, each written into the cluster. */
	private static final List<String> LOCALE_CATEGORIES = List.of("LC_COLLATE", "LC_CTYPE", "LC_MESSAGES",
			"LC_MONETARY", "LC_NUMERIC", "LC_TIME");

	/** Files of a running or once-run server that a new cluster must not inherit. */
	private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

	/** PostgreSQL refuses a data folder that others can read; files and folders are created so. */
	private static final FileAttribute<?>[] PRIVATE_FOLDER = ownerOnly("rwx------");

	private static final FileAttribute<?>[] PRIVATE_FILE = ownerOnly("rw-------");

	/** The size of one write while unpacking, and as many zeros to compare a write with. */
	private static final int WRITE_SIZE = 1 << 17;

	private static final byte[] ZEROS = new byte[WRITE_SIZE];

	private final URL archive;

	private final Properties description;

	private EmbeddedClusterTemplate(URL archive, Properties description) {
		this.archive = archive;
		this.description = description;
	}

	/** The template the class path carries, if the build made one. */
	static Optional<EmbeddedClusterTemplate> on(ClassLoader classLoader) {
		URL archive = classLoader.getResource(ARCHIVE);
		URL description = classLoader.getResource(DESCRIPTION);
		if (archive == null || description == null) {
			return Optional.empty();
		}
		try (InputStream in = description.openStream()) {
			Properties properties = new Properties();
			properties.load(in);
			return Optional.of(new EmbeddedClusterTemplate(archive, properties));
		}
		catch (IOException unreadable) {
			return Optional.empty();
		}
	}

	/**
	 * Whether this template is what {@code initdb} and the migrations would make here; if not, the
	 * first of the differences, for the log.
	 */
	Optional<String> differenceFrom(Map<String, String> environment, ClassLoader classLoader) {
		Properties here = madeFor(environment, SchemaMigrations.digest(classLoader));
		for (String key : here.stringPropertyNames().stream().sorted().toList()) {
			String made = description.getProperty(key);
			if (!here.getProperty(key).equals(made)) {
				return Optional.of(key + " is " + here.getProperty(key) + " here, " + made + " in the template");
			}
		}
		return Optional.empty();
	}

	/**
	 * Unpacks the template as the cluster folder, which must not exist yet or be empty. It is
	 * unpacked beside it and then renamed, after everything is on disk, so that a start stopped half
	 * way leaves no half-made cluster for the next start to trust.
	 */
	void unpackInto(Path cluster) throws IOException {
		Path unpacking = cluster.resolveSibling(cluster.getFileName() + ".unpacking");
		FileSystemUtils.deleteRecursively(unpacking);
		try {
			unpack(unpacking);
		}
		catch (IOException | RuntimeException failed) {
			FileSystemUtils.deleteRecursively(unpacking);
			throw failed;
		}
		Files.deleteIfExists(cluster);
		Files.move(unpacking, cluster, StandardCopyOption.ATOMIC_MOVE);
		force(cluster.getParent());
	}

	private void unpack(Path unpacking) throws IOException {
		Files.createDirectories(unpacking, PRIVATE_FOLDER);
		List<Path> files = new ArrayList<>();
		List<Path> folders = new ArrayList<>();
		byte[] buffer = new byte[WRITE_SIZE];
		try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(archive.openStream(), 1 << 16))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				Path target = unpacking.resolve(entry.getName()).normalize();
				if (!target.startsWith(unpacking)) {
					throw new IOException("The cluster template names a file outside its folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target, PRIVATE_FOLDER);
					folders.add(target);
				}
				else {
					write(zip, target, buffer);
					files.add(target);
				}
			}
		}
		// The server trusts the files of a cluster that was shut down cleanly to be on disk, as
		// initdb's last step makes sure; so does this, files first, then the folders that name them.
		for (Path file : files) {
			force(file);
		}
		for (Path folder : folders) {
			force(folder);
		}
		force(unpacking);
	}

	/** The PostgreSQL version the template was made with, as the server gave it. */
	String serverVersion() {
		return description.getProperty("server-version", "?");
	}

	/**
	 * Makes the template in the classes folder given first, unless the one there is up to date. The
	 * second argument says what the server's binaries are (their version), so that other binaries make
	 * it again.
	 */
	public static void main(String[] args) throws IOException {
		// The server's and Flyway's own lines (a hundred of them) would only crowd the build's output.
		LoggingSystem logging = LoggingSystem.get(EmbeddedClusterTemplate.class.getClassLoader());
		logging.beforeInitialize();
		logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
		System.out.println(make(Path.of(args[0]), args.length > 1 ? args[1] : ""));
	}

	/**
	 * Makes the template in a classes folder, unless the one there is up to date; says what it did.
	 * Where no binaries for this machine are on the class path it makes none, and a first start
	 * creates its cluster as before.
	 */
	static String make(Path classes, String binaries) throws IOException {
		Path archive = classes.resolve(ARCHIVE);
		Path descriptionFile = classes.resolve(DESCRIPTION);
		Properties wanted = madeFor(System.getenv(),
				SchemaMigrations.digest(EmbeddedClusterTemplate.class.getClassLoader()));
		wanted.setProperty("binaries", binaries);
		wanted.setProperty("made-by", makersDigest());
		if (Files.exists(archive) && Files.exists(descriptionFile)) {
			Properties existing = load(descriptionFile);
			existing.remove("server-version");
			if (existing.equals(wanted)) {
				return "Cluster template " + archive + " is up to date.";
			}
		}
		Files.deleteIfExists(archive);
		Files.deleteIfExists(descriptionFile);

		Path work = Files.createTempDirectory("tracker-cluster-template");
		try {
			Path cluster = work.resolve("postgresql");
			EmbeddedPostgres postgres;
			try {
				postgres = EmbeddedPostgresAutoConfiguration.durable(cluster, 0).start();
			}
			catch (IllegalStateException noBinaries) {
				return "No cluster template: PostgreSQL does not start on this machine from the binaries on the "
						+ "class path (" + noBinaries.getMessage() + "). A first start will create its cluster.";
			}
			try (postgres) {
				// As a start would: every migration, and their digest, so a first start skips Flyway too.
				SchemaMigrations.migrate(postgres.getPostgresDatabase(), wanted.getProperty("migrations"));
				try (Connection connection = postgres.getPostgresDatabase().getConnection();
						ResultSet version = connection.createStatement().executeQuery("show server_version")) {
					version.next();
					wanted.setProperty("server-version", version.getString(1));
				}
			}
			catch (SQLException failed) {
				throw new IOException(failed);
			}
			Files.createDirectories(archive.getParent());
			zip(cluster, archive);
			try (OutputStream out = Files.newOutputStream(descriptionFile)) {
				wanted.store(out, "What the cluster template was made for; a start compares it with its own.");
			}
			return "Cluster template " + archive + ": PostgreSQL " + wanted.getProperty("server-version") + ", "
					+ Files.size(archive) / 1024 + " KiB.";
		}
		finally {
			FileSystemUtils.deleteRecursively(work);
		}
	}

	/**
	 * What decides the cluster a first start makes here. {@code initdb} takes each locale category
	 * from LC_ALL, else from the category's own variable, else from LANG, else "C".
	 */
	static Properties madeFor(Map<String, String> environment, String migrationsDigest) {
		Properties properties = new Properties();
		properties.setProperty("os", System.getProperty("os.name"));
		properties.setProperty("arch", System.getProperty("os.arch"));
		for (String category : LOCALE_CATEGORIES) {
			properties.setProperty(category.toLowerCase(Locale.ROOT),
					firstSet(environment, "LC_ALL", category, "LANG").orElse("C"));
		}
		properties.setProperty("migrations", migrationsDigest);
		return properties;
	}

	private static Optional<String> firstSet(Map<String, String> environment, String... names) {
		return Stream.of(names).map(environment::get).filter(value -> value != null && !value.isEmpty()).findFirst();
	}

	/**
	 * A digest of the compiled code that makes the template and sets the server's options, so that
	 * a change to either makes it again without a clean build.
	 */
	private static String makersDigest() throws IOException {
		List<byte[]> parts = new ArrayList<>();
		for (Class<?> maker : List.of(EmbeddedClusterTemplate.class, EmbeddedPostgresAutoConfiguration.class,
				SchemaMigrations.class)) {
			try (InputStream in = maker.getResourceAsStream(maker.getSimpleName() + ".class")) {
				parts.add(in.readAllBytes());
			}
		}
		return sha256(parts);
	}

	private static String sha256(List<byte[]> parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			parts.forEach(digest::update);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void zip(Path cluster, Path archive) throws IOException {
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(cluster)) {
			paths = walk.filter(path -> !path.equals(cluster))
				.filter(path -> !LEFT_OUT.contains(path.getFileName().toString()))
				.sorted()
				.toList();
		}
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
			for (Path path : paths) {
				String name = cluster.relativize(path).toString().replace('\\', '/');
				if (Files.isDirectory(path)) {
					zip.putNextEntry(new ZipEntry(name + "/"));
				}
				else {
					zip.putNextEntry(new ZipEntry(name));
					Files.copy(path, zip);
				}
				zip.closeEntry();
			}
		}
	}

	private static Properties load(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			Properties properties = new Properties();
			properties.load(in);
			return properties;
		}
	}

	/**
	 * Writes one file of the cluster, created with its permissions rather than changed after, and in
	 * large writes: a start unpacks 1,118 files, and these two cut the unpacking's processor time by
	 * about a fifth (bench/README.md, "Unpacking in fewer calls").
	 * <p>
	 * Stretches of zeros are left as holes, which read as zeros: the WAL segment is 16 MB of which the
	 * template uses 7, and PostgreSQL itself leaves new segments so with {@code wal_init_zero} off.
	 * That is 9.7 MB of the template's 42 MB that a first start need not write.
	 */
	private static void write(InputStream in, Path file, byte[] buffer) throws IOException {
		try (FileChannel channel = FileChannel.open(file,
				Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), PRIVATE_FILE)) {
			long size = 0;
			for (int read; (read = in.readNBytes(buffer, 0, buffer.length)) > 0; size += read) {
				if (Arrays.mismatch(buffer, 0, read, ZEROS, 0, read) == -1) {
					continue;
				}
				ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, read);
				while (bytes.hasRemaining()) {
					channel.write(bytes, size + bytes.position());
				}
			}
			if (channel.size() < size) {
				// The file ends in a hole: its last byte gives it its length.
				channel.write(ByteBuffer.allocate(1), size - 1);
			}
		}
	}

	/**
	 * Permissions to create a file or folder with; the process's umask can only narrow them, and
	 * PostgreSQL needs no more than its owner's.
	 */
	private static FileAttribute<?>[] ownerOnly(String permissions) {
		if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return new FileAttribute<?>[0];
		}
		return new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)) };
	}

	/** fsync; folders cannot be opened for it on Windows, where renaming does not need it. */
	static void force(Path path) throws IOException {
		try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException folderOnWindows) {
			if (!Files.isDirectory(path)) {
				throw folderOnWindows;
			}
		}
	}

}
