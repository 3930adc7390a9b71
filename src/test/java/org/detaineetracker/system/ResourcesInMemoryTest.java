package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.resource.ResourceResolverChain;

class ResourcesInMemoryTest {

	private final ResourcesInMemory resolver = new ResourcesInMemory();

	@Test
	void anAssetFoundIsHeldInMemoryWithItsBytesNameAndTime() throws Exception {
		ClassPathResource file = new ClassPathResource("static/css/tracker.css");
		Resource held = resolver.resolveResource(new MockHttpServletRequest(), "tracker.css", List.of(), chainFinding(file));

		assertThat(held).isInstanceOf(ResourcesInMemory.InMemory.class);
		assertThat(held.getContentAsByteArray()).isEqualTo(file.getContentAsByteArray());
		assertThat(held.contentLength()).isEqualTo(file.contentLength());
		assertThat(held.lastModified()).isEqualTo(file.lastModified());
		assertThat(held.getFilename()).isEqualTo("tracker.css");
		assertThat(held.getInputStream().readAllBytes()).isEqualTo(file.getContentAsByteArray());
	}

	@Test
	void nothingFoundStaysNothing() {
		assertThat(resolver.resolveResource(new MockHttpServletRequest(), "missing.css", List.of(), chainFinding(null))).isNull();
	}

	private static ResourceResolverChain chainFinding(Resource resource) {
		return new ResourceResolverChain() {

			@Override
			public Resource resolveResource(HttpServletRequest request, String requestPath, List<? extends Resource> locations) {
				return resource;
			}

			@Override
			public String resolveUrlPath(String resourcePath, List<? extends Resource> locations) {
				return resourcePath;
			}

		};
	}

}
