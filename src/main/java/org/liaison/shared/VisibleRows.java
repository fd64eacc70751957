package org.liaison.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One kind of row of a read model as its readers may see it: the select, the audience's
 * condition that hides what a reader may not see, the order and the row mapper, written
 * once. Each query of the kind (one by its id, a partner's list, a page) only adds what
 * it picks by, so none of them can forget or weaken the audience's condition. What a
 * query picks by is a condition with its parameters ({@code id = :id}); an empty one
 * picks every row the audience may see.
 *
 * <pre>{@code
 * VisibleRows<BodySummary> BODIES = VisibleRows.of(BODY_COLUMNS, " from dialogue_body",
 *         audience -> audience.sqlCondition("partner", "releasability"), " order by established, name",
 *         DialogueQueries::body);
 *
 * BODIES.one(jdbc, audience, "id = :id", Map.of("id", id));
 * }</pre>
 */
public final class VisibleRows<T> {

	private final String columns;

	private final String from;

	private final Function<Audience, String> visible;

	private final String order;

	private final RowMapper<T> mapper;

	private VisibleRows(String columns, String from, Function<Audience, String> visible, String order,
			RowMapper<T> mapper) {
		this.columns = columns;
		this.from = from;
		this.visible = visible;
		this.order = order;
		this.mapper = mapper;
	}

	/**
	 * @param columns the select list ({@code select a.id, a.title})
	 * @param from the {@code from} clause with its joins
	 * @param visible the condition that keeps only the rows the audience may see, bound
	 * by {@link Audience#sqlParameters()}
	 * @param order the {@code order by} of lists, which also makes pages stable
	 */
	public static <T> VisibleRows<T> of(String columns, String from, Function<Audience, String> visible, String order,
			RowMapper<T> mapper) {
		return new VisibleRows<>(columns, from, visible, order, mapper);
	}

	/** The one row the condition picks, if there is one and the audience may see it. */
	public Optional<T> one(JdbcClient jdbc, Audience audience, String condition, Map<String, ?> params) {
		return jdbc.sql(columns + from + where(audience, condition))
			.params(audience.sqlParameters())
			.params(params)
			.query(mapper)
			.optional();
	}

	/** All the rows the condition picks that the audience may see, in order. */
	public List<T> list(JdbcClient jdbc, Audience audience, String condition, Map<String, ?> params) {
		return jdbc.sql(columns + from + where(audience, condition) + order)
			.params(audience.sqlParameters())
			.params(params)
			.query(mapper)
			.list();
	}

	/** Every row the audience may see, in order. */
	public List<T> list(JdbcClient jdbc, Audience audience) {
		return list(jdbc, audience, "", Map.of());
	}

	/**
	 * Every row the audience may see, in order, handed on as it is read rather than
	 * gathered first: for exports, which may hold more rows than a heap should.
	 */
	public void each(JdbcClient jdbc, Audience audience, Consumer<T> row) {
		try (Stream<T> rows = jdbc.sql(columns + from + where(audience, "") + order)
			.params(audience.sqlParameters())
			.query(mapper)
			.stream()) {
			rows.forEach(row);
		}
	}

	/** One page of the rows the condition picks that the audience may see. */
	public PageOf<T> page(JdbcClient jdbc, Audience audience, String condition, Map<String, ?> params,
			PageOf.Request page) {
		return paged(jdbc, audience, condition, params).page(page, mapper);
	}

	/**
	 * One page whose rows are completed in one step after they are read (say, with the
	 * parties of all of the page's agreements in one query).
	 */
	public <R> PageOf<R> page(JdbcClient jdbc, Audience audience, String condition, Map<String, ?> params,
			PageOf.Request page, Function<List<T>, List<R>> complete) {
		return paged(jdbc, audience, condition, params).page(page, mapper, complete);
	}

	/**
	 * The rows the audience may see of each of the given parents (the nodes of some
	 * plans, say), in order, by the parent they belong to: one query for all of the
	 * parents, never one a parent.
	 * @param parentColumn the column that names a row's parent ({@code n.plan}), which
	 * the select list carries under its own name ({@code plan})
	 */
	public Map<UUID, List<T>> byParent(JdbcClient jdbc, Audience audience, String parentColumn,
			Collection<UUID> parents) {
		Map<UUID, List<T>> rows = new LinkedHashMap<>();
		if (parents.isEmpty()) {
			return rows;
		}
		String label = parentColumn.substring(parentColumn.lastIndexOf('.') + 1);
		jdbc.sql(columns + from + where(audience, parentColumn + " in (:parents)") + order)
			.params(audience.sqlParameters())
			.param("parents", parents)
			.query((rs, n) -> Map.entry(rs.getObject(label, UUID.class), mapper.mapRow(rs, n)))
			.list()
			.forEach(row -> rows.computeIfAbsent(row.getKey(), parent -> new ArrayList<>()).add(row.getValue()));
		return rows;
	}

	private PagedQuery paged(JdbcClient jdbc, Audience audience, String condition, Map<String, ?> params) {
		return PagedQuery.of(jdbc, columns, from + where(audience, condition), order)
			.params(audience.sqlParameters())
			.params(params);
	}

	private String where(Audience audience, String condition) {
		// In parentheses, so that a pick with an "or" in it can never reach past the
		// audience's condition.
		return " where " + (condition.isEmpty() ? "" : "(" + condition + ") and ") + visible.apply(audience);
	}

}
