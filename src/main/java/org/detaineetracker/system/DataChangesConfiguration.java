package org.detaineetracker.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How this process hears of changes to the data (see {@link PostgresDataChanges}). */
@Configuration(proxyBeanMethods = false)
class DataChangesConfiguration {

	@Bean
	static PostgresDataChanges dataChanges() {
		return new PostgresDataChanges();
	}

	/**
	 * Takes the listener through a provider: post-processors are made before other beans, and one
	 * that needed the listener at once would make it too early to pass through the rest of them
	 * (Spring warns of that at every start).
	 */
	@Bean
	static BeanPostProcessor changeSignallingDataSource(ObjectProvider<PostgresDataChanges> dataChanges) {
		return ChangeSignallingDataSource.wrapper(dataChanges);
	}

}
