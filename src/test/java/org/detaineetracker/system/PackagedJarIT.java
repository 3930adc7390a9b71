package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

/**
 * The jar {@code ./mvnw package} builds, read the way its launcher reads it. Failsafe runs after
 * packaging, so this sees what ships.
 */
class PackagedJarIT {

	/**
	 * The libraries a start loads the most classes from, most first (pom.xml, "Classpath order").
	 * Together they hold about 11,000 of the 14,000 classes a start loads from libraries.
	 */
	private static final List<String> BUSIEST = List.of("hibernate-core-", "byte-buddy-", "jackson-databind-3.",
			"spring-core-", "hibernate-validator-", "tomcat-embed-core-", "spring-boot-4.", "thymeleaf-3.",
			"spring-data-commons-", "spring-web-7.", "spring-context-7.", "flyway-core-", "spring-beans-",
			"spring-data-jpa-", "spring-webmvc-", "jakarta.persistence-api-",
			"spring-security-web-", "spring-boot-autoconfigure-", "postgresql-");

	@Test
	void theLibrariesMostClassesComeFromAreSearchedFirst() {
		List<String> classpath = classpath();
		// A class costs one lookup in each jar before its own, so these belong at the front. Each
		// brings its own dependencies right after it, so the last of them lands about 50th of 121;
		// left to the starters' order, spring-core came 110th and byte-buddy 119th.
		int firstHalf = classpath.size() / 2;
		for (String library : BUSIEST) {
			assertThat(placeOf(library, classpath)).as("place of %s on the classpath of %d", library, classpath.size())
				.isBetween(1, firstHalf);
		}
	}

	/**
	 * A first start unpacks the cluster the build made instead of creating one and applying every
	 * migration (EmbeddedClusterTemplate); the jar carries it, made from the migrations it carries.
	 */
	@Test
	void theJarCarriesAClusterMadeFromItsOwnMigrations() throws IOException {
		try (JarFile jar = new JarFile(packagedJar().toFile())) {
			ZipEntry archive = jar.getEntry("BOOT-INF/classes/" + EmbeddedClusterTemplate.ARCHIVE);
			ZipEntry description = jar.getEntry("BOOT-INF/classes/" + EmbeddedClusterTemplate.DESCRIPTION);
			assertThat(archive).as("the cluster template in the jar").isNotNull();
			assertThat(archive.getSize()).as("its size").isGreaterThan(1 << 20);
			assertThat(description).isNotNull();
			Properties made = new Properties();
			made.load(jar.getInputStream(description));
			assertThat(made.getProperty("migrations"))
				.isEqualTo(SchemaMigrations.digest(getClass().getClassLoader()));
			assertThat(made.getProperty("server-version")).matches("\\d+\\.\\d+.*");
		}
	}

	private static int placeOf(String library, List<String> classpath) {
		for (int i = 0; i < classpath.size(); i++) {
			if (classpath.get(i).startsWith(library)) {
				return i + 1;
			}
		}
		return -1;
	}

	/** The library jars in the order the launcher searches them, by file name. */
	private static List<String> classpath() {
		try (JarFile jar = new JarFile(packagedJar().toFile())) {
			ZipEntry index = jar.getEntry("BOOT-INF/classpath.idx");
			assertThat(index).as("BOOT-INF/classpath.idx in the jar").isNotNull();
			String text = new String(jar.getInputStream(index).readAllBytes(), StandardCharsets.UTF_8);
			return text.lines()
				.map(line -> line.replaceFirst("^- \"", "").replaceFirst("\"$", ""))
				.map(path -> path.substring(path.lastIndexOf('/') + 1))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			List<Path> jars = files.filter(file -> file.getFileName().toString().endsWith(".jar")).toList();
			assertThat(jars).as("the packaged jar in target/ (run ./mvnw verify, which packages first)").hasSize(1);
			return jars.get(0);
		}
	}

}
