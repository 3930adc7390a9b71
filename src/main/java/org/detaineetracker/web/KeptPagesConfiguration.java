package org.detaineetracker.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerMapping;

/** Kept pages answered again without their controllers (see {@link RenderedPages#door()}). */
@Configuration(proxyBeanMethods = false)
class KeptPagesConfiguration {

	@Bean
	HandlerMapping keptPagesDoor(RenderedPages pages) {
		return pages.door();
	}

}
