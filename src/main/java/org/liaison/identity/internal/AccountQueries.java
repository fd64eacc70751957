package org.liaison.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.liaison.identity.AccountSummary;
import org.liaison.identity.Role;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PagedQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The accounts as administrators list them. The password hash is never selected, so no
 * read can hand it out by mistake.
 */
@Component
public class AccountQueries {

	private static final String COLUMNS = """
			select username, role, nation, organisation, enabled, created_at, version""";

	private static final String FROM = " from identity_account";

	private static final String SELECT = COLUMNS + FROM;

	private final JdbcClient jdbc;

	AccountQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageOf<AccountSummary> accounts(PageOf.Request page) {
		return PagedQuery.of(jdbc, COLUMNS, FROM, " order by username").page(page, AccountQueries::account);
	}

	public Optional<AccountSummary> account(String username) {
		return jdbc.sql(SELECT + " where username = :username")
			.param("username", username)
			.query(AccountQueries::account)
			.optional();
	}

	/**
	 * Whether an account of this name exists and is disabled; asked on every request of a
	 * browser session.
	 */
	public boolean isDisabled(String username) {
		return jdbc.sql("select enabled from identity_account where username = :username")
			.param("username", username)
			.query(Boolean.class)
			.optional()
			.map(enabled -> !enabled)
			.orElse(false);
	}

	private static AccountSummary account(ResultSet rs, int row) throws SQLException {
		String nation = rs.getString("nation");
		return new AccountSummary(rs.getString("username"), Role.valueOf(rs.getString("role")),
				nation == null ? null : new NationCode(nation), rs.getString("organisation"), rs.getBoolean("enabled"),
				rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
	}

}
