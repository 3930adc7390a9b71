package org.detaineetracker.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API answers in JSON only. The OpenAPI library brings Jackson 2 and its YAML module along, and
 * Spring MVC offers a YAML representation whenever that module is on the class path. That YAML came
 * from a second, unconfigured mapper: dates as {@code [2024, 12, 1]} and instants as epoch seconds where
 * the JSON, which the description documents, has {@code "2024-12-01"} and ISO instants. A client that
 * asks for YAML now gets a 406 naming the JSON types instead of the same records in another shape.
 * <p>
 * The jar no longer carries that library ({@link OpenApiDescription}), but the tests do, and this
 * keeps the answers they check the same as the jar's.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnly implements WebMvcConfigurer {

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.configureMessageConvertersList(converters -> converters.removeIf(converter -> converter
			.getSupportedMediaTypes()
			.stream()
			.anyMatch(MediaType.APPLICATION_YAML::equalsTypeAndSubtype)));
	}

}
