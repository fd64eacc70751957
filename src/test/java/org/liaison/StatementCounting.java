package org.liaison;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application runs, in the tests only (an
 * auto-configuration of the test class path): the database is the real one, seen through
 * a counting proxy. A request handled on the test's thread, as MockMvc handles it, is
 * counted on that thread, and may be recorded there with the values bound to it.
 */
@AutoConfiguration
public class StatementCounting {

	private static final ThreadLocal<List<Statement>> RECORDED = new ThreadLocal<>();

	/**
	 * A statement the application ran, with the values of its parameters in order and the
	 * calls that bound them, to bind them again as the application did (the same setter,
	 * the same SQL type), which a value alone may not say.
	 */
	public record Statement(String sql, List<Object> parameters, List<ParameterSetOperation> bindings) {

		/** Binds the statement's parameters to another statement of the same SQL. */
		public void bindTo(PreparedStatement statement) throws ReflectiveOperationException {
			for (ParameterSetOperation binding : bindings) {
				binding.getMethod().invoke(statement, binding.getArgs());
			}
		}

	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name(name)
						.countQuery()
						.afterQuery((execution, queries) -> {
							List<Statement> recorded = RECORDED.get();
							if (recorded != null) {
								queries.forEach(query -> recorded.add(statement(query)));
							}
						})
						.build();
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

	/** The statements the work runs on this thread, in the order it runs them. */
	public static List<Statement> statementsRunBy(Runnable work) {
		List<Statement> recorded = new ArrayList<>();
		RECORDED.set(recorded);
		try {
			work.run();
		}
		finally {
			RECORDED.remove();
		}
		return recorded;
	}

	private static Statement statement(QueryInfo query) {
		List<Object> parameters = new ArrayList<>();
		List<ParameterSetOperation> bindings = query.getParametersList().isEmpty() ? List.of()
				: List.copyOf(query.getParametersList().get(0));
		if (!bindings.isEmpty()) {
			bindings.stream()
				.sorted(Comparator.comparingInt(set -> (Integer) set.getArgs()[0]))
				.forEach(set -> parameters
					.add(ParameterSetOperation.isSetNullParameterOperation(set) ? null : set.getArgs()[1]));
		}
		return new Statement(query.getQuery(), parameters, bindings);
	}

}
