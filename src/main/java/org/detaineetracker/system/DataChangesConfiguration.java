package org.detaineetracker.system;

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

	@Bean
	static BeanPostProcessor changeSignallingDataSource(PostgresDataChanges dataChanges) {
		return ChangeSignallingDataSource.wrapper(dataChanges);
	}

}
