package org.detaineetracker.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PostgreSQL server the application starts for itself when no datasource URL is configured.
 *
 * @param dataDir where the server keeps its files between runs; its {@code postgresql} folder
 *     is the cluster itself
 * @param port the port to listen on; 0 picks a free one
 */
@ConfigurationProperties("tracker.embedded-database")
public record EmbeddedDatabaseProperties(Path dataDir, int port) {

	public EmbeddedDatabaseProperties {
		if (dataDir == null) {
			dataDir = Path.of("data");
		}
	}

	Path clusterDirectory() {
		return dataDir.resolve("postgresql").toAbsolutePath().normalize();
	}

}
