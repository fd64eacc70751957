package org.liaison.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.identity.AccountSummary;
import org.liaison.identity.Role;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PagedQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The accounts as administrators list them. The password hash is never selected, so no
 * read can hand it out by mistake.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountQueries {

	private static final String COLUMNS = """
			select a.username, a.role, a.nation, a.organisation, a.enabled, a.created_at, a.version,
			    t.locked_until""";

	// The lock of the account's own name; a lock of the address a person signs in from is
	// not the account's.
	// The lock of the account's own name; a lock of the address a person signs in from is
	// not the account's.
	private static final String FROM = " from identity_account a left join identity_sign_in_throttle t"
			+ " on t.subject_kind = 'ACCOUNT' and t.subject = a.username";

	private static final String SELECT = COLUMNS + FROM;

	private final JdbcClient jdbc;

	private final Clock clock;

	public PageOf<AccountSummary> accounts(PageOf.Request page) {
		return PagedQuery.of(jdbc, COLUMNS, FROM, " order by a.username")
			.page(page, (RowMapper<AccountSummary>) this::account);
	}

	public Optional<AccountSummary> account(String username) {
		return jdbc.sql(SELECT + " where a.username = :username")
			.param("username", username)
			.query((RowMapper<AccountSummary>) this::account)
			.optional();
	}

	/**
	 * What a browser session of the account must still match: that the account is
	 * enabled, and how many times its password was set; asked on every request of a
	 * session.
	 */
	public record SessionState(boolean enabled, int passwordGeneration) {
	}

	public Optional<SessionState> sessionState(String username) {
		return jdbc.sql("select enabled, password_generation from identity_account where username = :username")
			.param("username", username)
			.query((rs, row) -> new SessionState(rs.getBoolean("enabled"), rs.getInt("password_generation")))
			.optional();
	}

	private AccountSummary account(ResultSet rs, int row) throws SQLException {
		String nation = rs.getString("nation");
		Timestamp locked = rs.getTimestamp("locked_until");
		Instant lockedUntil = locked == null || !locked.toInstant().isAfter(clock.instant()) ? null
				: locked.toInstant();
		return new AccountSummary(rs.getString("username"), Role.valueOf(rs.getString("role")),
				nation == null ? null : new NationCode(nation), rs.getString("organisation"), rs.getBoolean("enabled"),
				rs.getTimestamp("created_at").toInstant(), rs.getLong("version"), lockedUntil);
	}

}
