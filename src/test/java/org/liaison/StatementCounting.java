package org.liaison;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application runs, in the tests only (an
 * auto-configuration of the test class path): the database is the real one, seen through
 * a counting proxy. A request handled on the test's thread, as MockMvc handles it, is
 * counted on that thread.
 */
@AutoConfiguration
public class StatementCounting {

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource).name(name).countQuery().build();
				}
				return bean;
			}
		};
	}

	/** How many statements the work runs on this thread. */
	public static long statementsOf(Runnable work) {
		QueryCountHolder.clear();
		work.run();
		long statements = QueryCountHolder.getGrandTotal().getTotal();
		QueryCountHolder.clear();
		return statements;
	}

}
