package org.liaison.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a read model's query with the count of all its rows, written once: the
 * count and the page share the same {@code from ... where} and the same parameters, so
 * they can never disagree about what the list holds.
 *
 * <pre>{@code
 * PagedQuery.of(jdbc, "select a.id, a.title", " from agreement a where a.partner = :partner", " order by a.title")
 *     .param("partner", partner.value())
 *     .page(page, AgreementQueries::row);
 * }</pre>
 */
public final class PagedQuery {

	private final JdbcClient jdbc;

	private final String select;

	private final String fromWhere;

	private final String order;

	private final Map<String, Object> params = new LinkedHashMap<>();

	private PagedQuery(JdbcClient jdbc, String select, String fromWhere, String order) {
		this.jdbc = jdbc;
		this.select = select;
		this.fromWhere = fromWhere;
		this.order = order;
	}

	/**
	 * @param select the select list ({@code select a.id, a.title})
	 * @param fromWhere the {@code from} clause with its joins and {@code where}
	 * @param order the {@code order by} that makes the pages stable
	 */
	public static PagedQuery of(JdbcClient jdbc, String select, String fromWhere, String order) {
		return new PagedQuery(jdbc, select, fromWhere, order);
	}

	public PagedQuery param(String name, Object value) {
		params.put(name, value);
		return this;
	}

	public PagedQuery params(Map<String, ?> values) {
		params.putAll(values);
		return this;
	}

	public <T> PageOf<T> page(PageOf.Request page, RowMapper<T> mapper) {
		return page(page, mapper, Function.identity());
	}

	/**
	 * A page whose rows are completed in one step after they are read (say, with the
	 * parties of all of the page's agreements in one query), never one query a row.
	 */
	public <R, T> PageOf<T> page(PageOf.Request page, RowMapper<R> mapper, Function<List<R>, List<T>> complete) {
		long total = jdbc.sql("select count(*)" + fromWhere).params(params).query(Long.class).single();
		List<R> rows = total <= page.offset() ? List.of()
				: jdbc.sql(select + fromWhere + order + " limit :limit offset :offset")
					.params(params)
					.param("limit", page.size())
					.param("offset", page.offset())
					.query(mapper)
					.list();
		return new PageOf<>(rows.isEmpty() ? List.of() : complete.apply(rows), page.page(), page.size(), total);
	}

}
