package org.liaison.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.identity.ApiTokenSummary;
import org.liaison.identity.Role;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordWritten;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The personal API tokens, by the SHA-256 hash of each: the token itself never reaches
 * the database. No read here selects the hash for anyone to see.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApiTokenStore {

	/** What the audit trail calls a personal API token. */
	static final String KIND = "ApiToken";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	/**
	 * Who a token stands for, as read on every API call that gives one: the token and its
	 * account in one query, and only while the account is enabled.
	 */
	public record Holder(UUID tokenId, @Nullable Instant lastUsedAt, String username, Role role,
			@Nullable NationCode nation, @Nullable String organisation) {
	}

	public Optional<Holder> holder(String hash) {
		return jdbc.sql("""
				select t.id, t.last_used_at, a.username, a.role, a.nation, a.organisation
				from identity_api_token t join identity_account a on a.username = t.username
				where t.token_hash = :hash and a.enabled = true""").param("hash", hash).query((rs, row) -> {
			String nation = rs.getString("nation");
			return new Holder(rs.getObject("id", UUID.class), instant(rs, "last_used_at"), rs.getString("username"),
					Role.valueOf(rs.getString("role")), nation == null ? null : NationCode.of(nation),
					rs.getString("organisation"));
		}).optional();
	}

	/**
	 * Records a use unless one was recorded since {@code unlessSince}. The condition sits
	 * in the statement, so that concurrent calls with the same token write it once.
	 */
	public void markUsed(UUID id, Instant at, Instant unlessSince) {
		jdbc.sql("""
				update identity_api_token set last_used_at = :at
				where id = :id and (last_used_at is null or last_used_at < :since)""")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.param("since", Timestamp.from(unlessSince))
			.update();
	}

	/**
	 * Locks the account's row until the transaction ends, so that two tokens issued at
	 * once are counted one after the other; answers whether the account exists.
	 */
	public boolean lockAccount(String username) {
		return jdbc.sql("select username from identity_account where username = :username for update")
			.param("username", username)
			.query(String.class)
			.optional()
			.isPresent();
	}

	public void add(UUID id, String username, String name, String hash, Instant createdAt) {
		events.publishEvent(new RecordWritten(KIND, id.toString(), username + " · " + name, null, null, "issued",
				Map.of(), Map.of("account", username, "name", name)));
		jdbc.sql("""
				insert into identity_api_token (id, username, name, token_hash, created_at)
				values (:id, :username, :name, :hash, :at)""")
			.param("id", id)
			.param("username", username)
			.param("name", name)
			.param("hash", hash)
			.param("at", Timestamp.from(createdAt))
			.update();
	}

	public int count(String username) {
		return jdbc.sql("select count(*) from identity_api_token where username = :username")
			.param("username", username)
			.query(Integer.class)
			.single();
	}

	public boolean hasName(String username, String name) {
		return jdbc.sql("select count(*) from identity_api_token where username = :username and name = :name")
			.param("username", username)
			.param("name", name)
			.query(Integer.class)
			.single() > 0;
	}

	/** The user's tokens, newest first. */
	public List<ApiTokenSummary> tokens(String username) {
		return jdbc.sql("""
				select id, name, created_at, last_used_at from identity_api_token
				where username = :username order by created_at desc, name""")
			.param("username", username)
			.query(ApiTokenStore::summary)
			.list();
	}

	public Optional<ApiTokenSummary> token(String username, UUID id) {
		return jdbc.sql("""
				select id, name, created_at, last_used_at from identity_api_token
				where id = :id and username = :username""")
			.param("id", id)
			.param("username", username)
			.query(ApiTokenStore::summary)
			.optional();
	}

	/** Removes the token if it is the user's; answers whether it was. */
	public boolean remove(String username, UUID id) {
		token(username, id).ifPresent(token -> events.publishEvent(new RecordWritten(KIND, id.toString(),
				username + " · " + token.name(), null, null, "revoked", Map.of("name", token.name()), Map.of())));
		return jdbc.sql("delete from identity_api_token where id = :id and username = :username")
			.param("id", id)
			.param("username", username)
			.update() > 0;
	}

	public int removeAll(String username) {
		tokens(username).forEach(token -> events.publishEvent(new RecordWritten(KIND, token.id().toString(),
				username + " · " + token.name(), null, null, "revoked", Map.of("name", token.name()), Map.of())));
		return jdbc.sql("delete from identity_api_token where username = :username")
			.param("username", username)
			.update();
	}

	private static ApiTokenSummary summary(ResultSet rs, int row) throws SQLException {
		return new ApiTokenSummary(rs.getObject("id", UUID.class), rs.getString("name"),
				rs.getTimestamp("created_at").toInstant(), instant(rs, "last_used_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
