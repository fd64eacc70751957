package org.liaison.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The store of a reference list that holds codes and their names in English and French,
 * and nothing else (agreement types, body kinds): one SQL for every such table, each
 * module naming its own table. A code is its key, given by the person who adds it, so a
 * new item is always inserted, never saved over another; a revision names the version it
 * was based on and changes the row only if it is still at that version.
 */
public class NamedCodeStore<D extends Record & ReferenceList.Coded, S extends Record & ReferenceList.Coded & Versioned>
		implements ReferenceList.Store<D, S> {

	/** How a row becomes the list's summary. */
	public interface Summary<S> {

		S of(String code, String name, String nameFr, long version);

	}

	private final JdbcClient jdbc;

	// A table of the module's own migrations, never text from a request.
	private final String table;

	private final Function<D, String> name;

	private final Function<D, String> nameFr;

	private final Summary<S> summary;

	protected NamedCodeStore(JdbcClient jdbc, String table, Function<D, String> name, Function<D, String> nameFr,
			Summary<S> summary) {
		this.jdbc = jdbc;
		this.table = table;
		this.name = name;
		this.nameFr = nameFr;
		this.summary = summary;
	}

	@Override
	public List<S> all() {
		return jdbc.sql(columns() + " order by name").query(this::row).list();
	}

	@Override
	public Optional<S> one(String code) {
		return jdbc.sql(columns() + " where code = :code").param("code", code).query(this::row).optional();
	}

	@Override
	public void add(D data) {
		jdbc.sql("insert into " + table + " (code, name, name_fr, version) values (:code, :name, :nameFr, 0)")
			.param("code", data.code())
			.param("name", name.apply(data).strip())
			.param("nameFr", nameFr.apply(data).strip())
			.update();
	}

	@Override
	public boolean revise(String code, long version, D data) {
		return jdbc
			.sql("update " + table + " set name = :name, name_fr = :nameFr, version = version + 1"
					+ " where code = :code and version = :version")
			.param("code", code)
			.param("version", version)
			.param("name", name.apply(data).strip())
			.param("nameFr", nameFr.apply(data).strip())
			.update() == 1;
	}

	private String columns() {
		return "select code, name, name_fr, version from " + table;
	}

	private S row(ResultSet rs, int row) throws SQLException {
		return summary.of(rs.getString("code"), rs.getString("name"), rs.getString("name_fr"), rs.getLong("version"));
	}

}
