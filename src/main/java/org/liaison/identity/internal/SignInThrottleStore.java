package org.liaison.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts of failed sign-ins, one row per subject: an account (by the username as
 * typed) or a client address. Every instance reads and writes the same rows, and a
 * failure is counted under the row's lock, so that two instances never lose one.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SignInThrottleStore {

	public enum Kind {

		ACCOUNT, ADDRESS

	}

	/** A subject's count as it stands. */
	public record Count(int failures, Instant windowStartedAt, Instant lastFailureAt, @Nullable Instant lockedUntil,
			int lockouts) {
	}

	private final JdbcClient jdbc;

	/** The subject's lock, when it ends after {@code now}. */
	public Optional<Instant> lockedUntil(Kind kind, String subject, Instant now) {
		return jdbc.sql("""
				select locked_until from identity_sign_in_throttle
				where subject_kind = :kind and subject = :subject and locked_until > :now""")
			.param("kind", kind.name())
			.param("subject", subject)
			.param("now", Timestamp.from(now))
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/**
	 * The subject's count, its row locked until the transaction ends; a subject never
	 * counted before gets a row of no failures first.
	 */
	public Count lockForUpdate(Kind kind, String subject, Instant now) {
		jdbc.sql("""
				insert into identity_sign_in_throttle
				    (subject_kind, subject, failures, window_started_at, last_failure_at, lockouts)
				values (:kind, :subject, 0, :now, :now, 0)
				on conflict do nothing""")
			.param("kind", kind.name())
			.param("subject", subject)
			.param("now", Timestamp.from(now))
			.update();
		return jdbc.sql("""
				select failures, window_started_at, last_failure_at, locked_until, lockouts
				from identity_sign_in_throttle where subject_kind = :kind and subject = :subject for update""")
			.param("kind", kind.name())
			.param("subject", subject)
			.query(SignInThrottleStore::count)
			.single();
	}

	public void save(Kind kind, String subject, Count count) {
		jdbc.sql("""
				update identity_sign_in_throttle
				set failures = :failures, window_started_at = :window, last_failure_at = :last,
				    locked_until = :lockedUntil, lockouts = :lockouts
				where subject_kind = :kind and subject = :subject""")
			.param("failures", count.failures())
			.param("window", Timestamp.from(count.windowStartedAt()))
			.param("last", Timestamp.from(count.lastFailureAt()))
			.param("lockedUntil", count.lockedUntil() == null ? null : Timestamp.from(count.lockedUntil()),
					Types.TIMESTAMP)
			.param("lockouts", count.lockouts())
			.param("kind", kind.name())
			.param("subject", subject)
			.update();
	}

	/** Forgets the subject's failures and lifts its lock. */
	public void clear(Kind kind, String subject) {
		jdbc.sql("delete from identity_sign_in_throttle where subject_kind = :kind and subject = :subject")
			.param("kind", kind.name())
			.param("subject", subject)
			.update();
	}

	private static Count count(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new Count(rs.getInt("failures"), rs.getTimestamp("window_started_at").toInstant(),
				rs.getTimestamp("last_failure_at").toInstant(), locked == null ? null : locked.toInstant(),
				rs.getInt("lockouts"));
	}

}
