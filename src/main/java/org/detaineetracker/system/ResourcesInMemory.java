package org.detaineetracker.system;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

import org.detaineetracker.web.SplicedGzip;

/**
 * Holds each static asset's bytes and modification time in memory once it has been found, so that
 * serving it does not open the nested jar again. A profile of the stylesheet under load put half its
 * time in the jar: inflating the entry (26%), asking its modification time (9%), finding it (9%) and
 * checking If-Modified-Since against it (6%). The chain's cache (first in every resource chain)
 * keeps the resource this returns, so it is read from the jar once per process; the jar cannot
 * change while the process runs. Files larger than {@value #MAX_SIZE} bytes are served from the jar.
 * <p>
 * Text assets also have a gzip copy ({@link SplicedGzip#gzip}), made once when a browser first asks
 * for it: Spring's EncodedResourceResolver, ahead of this one in the chain, asks for {@code name.gz}
 * next to the asset and serves it with Content-Encoding and Vary. On a phone the map's scripts and
 * outlines are then a third of their size, and compressing costs nothing per request.
 */
final class ResourcesInMemory implements ResourceResolver {

	static final int MAX_SIZE = 1_000_000;

	/** Below this a gzip copy saves too little to be worth a second answer. */
	static final int MIN_COMPRESSED_SIZE = 1_024;

	private static final Set<String> TEXT = Set.of("css", "js", "mjs", "json", "map", "svg", "txt", "html", "xml");

	@Override
	public Resource resolveResource(HttpServletRequest request, String requestPath, List<? extends Resource> locations,
			ResourceResolverChain chain) {
		return inMemory(chain.resolveResource(request, requestPath, locations));
	}

	@Override
	public String resolveUrlPath(String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
		return chain.resolveUrlPath(resourcePath, locations);
	}

	private static Resource inMemory(Resource found) {
		if (found == null || found instanceof InMemory) {
			return found;
		}
		try {
			if (found.contentLength() > MAX_SIZE) {
				return found;
			}
			try (InputStream in = found.getInputStream()) {
				return new InMemory(in.readAllBytes(), found.lastModified(), found.getFilename(), found.getDescription());
			}
		}
		catch (IOException unreadable) {
			return found;
		}
	}

	/** An asset's bytes with what the resource handler asks of them: name (for the media type), length, time. */
	static final class InMemory extends AbstractResource {

		private final byte[] bytes;

		private final long lastModified;

		private final String filename;

		private final String description;

		/** The gzip copy: null until first asked for, empty where it is not worth making. */
		private volatile Optional<InMemory> gzipped;

		InMemory(byte[] bytes, long lastModified, String filename, String description) {
			this.bytes = bytes;
			this.lastModified = lastModified;
			this.filename = filename;
			this.description = description;
		}

		@Override
		public InputStream getInputStream() {
			return new ByteArrayInputStream(bytes);
		}

		@Override
		public boolean exists() {
			return true;
		}

		@Override
		public long contentLength() {
			return bytes.length;
		}

		@Override
		public long lastModified() {
			return lastModified;
		}

		@Override
		public String getFilename() {
			return filename;
		}

		@Override
		public String getDescription() {
			return "in memory: " + description;
		}

		/** Only the gzip copy is ever asked for (see the class comment); anything else is not here. */
		@Override
		public Resource createRelative(String relativePath) throws IOException {
			Optional<InMemory> copy = filename != null && relativePath.equals(filename + ".gz") ? gzipped() : Optional.empty();
			return copy.orElseThrow(() -> new FileNotFoundException(relativePath + " is not kept beside " + description));
		}

		private Optional<InMemory> gzipped() {
			Optional<InMemory> copy = gzipped;
			if (copy == null) {
				copy = worthCompressing() ? compressed() : Optional.empty();
				gzipped = copy;
			}
			return copy;
		}

		private boolean worthCompressing() {
			int dot = filename.lastIndexOf('.');
			return bytes.length >= MIN_COMPRESSED_SIZE && dot > 0
					&& TEXT.contains(filename.substring(dot + 1).toLowerCase(Locale.ROOT));
		}

		private Optional<InMemory> compressed() {
			byte[] gz = SplicedGzip.gzip(bytes);
			return gz.length < bytes.length * 9 / 10
					? Optional.of(new InMemory(gz, lastModified, filename + ".gz", description + " (gzip)")) : Optional.empty();
		}

	}

}
