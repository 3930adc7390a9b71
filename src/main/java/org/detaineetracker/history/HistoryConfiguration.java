package org.detaineetracker.history;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Takes the place of Spring Boot's JPA transaction manager, with the same customizations. */
@Configuration(proxyBeanMethods = false)
class HistoryConfiguration {

	@Bean
	PlatformTransactionManager transactionManager(ObjectProvider<TransactionManagerCustomizers> customizers) {
		AccountStampingTransactionManager transactions = new AccountStampingTransactionManager();
		customizers.ifAvailable(each -> each.customize(transactions));
		return transactions;
	}

}
