package org.liaison.shared;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Inserts many rows with statements of many rows each ({@code insert ... values (...),
 * (...)}), which H2 and PostgreSQL both take. A JDBC batch sends one statement a row, and
 * PostgreSQL runs a table's statement triggers (the kept totals of seats) once for each;
 * a statement of hundreds of rows runs them once, and costs one round of the driver.
 */
public final class MultiRowInsert {

	/** Parameters a statement binds at most, well under what either database takes. */
	private static final int PARAMETERS = 10_000;

	private static final SqlParameterValue NULL = new SqlParameterValue(Types.NULL, null);

	private MultiRowInsert() {
	}

	/**
	 * @param columns the table's columns the rows give
	 * @param rows each row's values, in the order of the columns
	 */
	public static void into(JdbcOperations jdbc, String table, List<String> columns, List<Object[]> rows) {
		int perStatement = Math.max(1, PARAMETERS / columns.size());
		String head = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
		StringJoiner marks = new StringJoiner(", ", "(", ")");
		columns.forEach(column -> marks.add("?"));
		String row = marks.toString();
		for (int from = 0; from < rows.size(); from += perStatement) {
			List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + perStatement));
			StringJoiner values = new StringJoiner(", ", head, "");
			List<Object> arguments = new ArrayList<>(part.size() * columns.size());
			for (Object[] given : part) {
				if (given.length != columns.size()) {
					throw new IllegalArgumentException(
							"A row gives " + given.length + " values for " + columns.size() + " columns of " + table);
				}
				values.add(row);
				for (Object value : given) {
					// A null of a type named, so that the driver is not asked for each
					// parameter's type.
					arguments.add(value == null ? NULL : value);
				}
			}
			jdbc.update(values.toString(), arguments.toArray());
		}
	}

}
