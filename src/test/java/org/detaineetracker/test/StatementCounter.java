package org.detaineetracker.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the SQL statements the application sends, so a test can pin how many a page needs. It
 * wraps the DataSource, so it sees every statement: Hibernate's, Spring Data's and plain JDBC.
 * Tests in one JVM run one at a time, so a single shared log is enough.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements BeanPostProcessor, QueryExecutionListener {

	private final List<String> statements = new CopyOnWriteArrayList<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(this).build();
		}
		return bean;
	}

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		queryInfoList.forEach(query -> statements.add(query.getQuery()));
	}

	public void reset() {
		statements.clear();
	}

	public int count() {
		return statements.size();
	}

	public List<String> statements() {
		return List.copyOf(statements);
	}

}
