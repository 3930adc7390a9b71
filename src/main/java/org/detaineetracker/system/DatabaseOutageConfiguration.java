package org.detaineetracker.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** While the database is away, each request waits for it at most once (see {@link FailFastDataSource}). */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

	@Bean
	static BeanPostProcessor failFastDataSource() {
		return FailFastDataSource.wrapper();
	}

}
