package org.liaison;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How far the primary's WAL had come at each writer's last write, where every instance
 * finds it: a person's in their session (which lives in the database), a stateless API
 * caller's in a row keyed by their user name ({@code writer_wal_position}). A position is
 * forgotten once the replica has replayed past it.
 */
final class WriterPositions {

	static final String SESSION_ATTRIBUTE = "liaison.lastWritePosition";

	/**
	 * Marks a request served past the security filters ({@link #markServedRequests}):
	 * only there may reads go to the replica. Sign-in and the API's credentials are
	 * checked on the primary, so that a new account or token works at once on every
	 * instance; and a request context that no request is behind (a test calling a
	 * service) reads there too.
	 */
	private static final String SERVED = WriterPositions.class.getName() + ".served";

	private static final String DECISION = WriterPositions.class.getName() + ".readsOnReplica";

	private final JdbcTemplate primary;

	WriterPositions(JdbcTemplate primary) {
		this.primary = primary;
	}

	/** The writer of the request this thread serves; none outside a request. */
	@Nullable Writer currentWriter() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		if (request.getAttribute(SERVED) == null) {
			return null;
		}
		HttpSession session = request.getSession(false);
		return new Writer(request, session, session == null ? authenticatedName() : null);
	}

	/** The filter that marks a request served, after every filter that Boot orders. */
	static OncePerRequestFilter markServedRequests() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				request.setAttribute(SERVED, Boolean.TRUE);
				chain.doFilter(request, response);
			}

		};
	}

	/**
	 * After a commit in a request: the writer's reads wait for the replica to get here.
	 */
	void rememberWrite() {
		Writer writer = currentWriter();
		if (writer != null) {
			writer.wrote(primary.queryForObject("select cast(pg_current_wal_lsn() as text)", String.class));
		}
	}

	private static @Nullable String authenticatedName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		return authentication.getName();
	}

	/**
	 * One request's writer: a session, an API caller known by name, or an anonymous
	 * reader (neither), who has written nothing to read back.
	 */
	final class Writer {

		private final HttpServletRequest request;

		private final @Nullable HttpSession session;

		private final @Nullable String apiCaller;

		private Writer(HttpServletRequest request, @Nullable HttpSession session, @Nullable String apiCaller) {
			this.request = request;
			this.session = session;
			this.apiCaller = apiCaller;
		}

		/** What this request has decided already: replica, primary, or not yet. */
		@Nullable Boolean readsOnReplica() {
			return (Boolean) request.getAttribute(DECISION);
		}

		void decide(boolean onReplica) {
			request.setAttribute(DECISION, onReplica);
		}

		@Nullable String lastWrite() {
			if (session != null) {
				return (String) session.getAttribute(SESSION_ATTRIBUTE);
			}
			if (apiCaller != null) {
				List<String> positions = primary.queryForList(
						"select wal_position from writer_wal_position where writer = ?", String.class, apiCaller);
				return positions.isEmpty() ? null : positions.get(0);
			}
			return null;
		}

		/**
		 * A write in this request: its reads from now on, and the writer's next, wait.
		 */
		void wrote(@Nullable String position) {
			decide(false);
			if (position == null) {
				return;
			}
			if (session != null) {
				session.setAttribute(SESSION_ATTRIBUTE, position);
			}
			else if (apiCaller != null) {
				// Two writes of one caller may commit in one order and arrive in the
				// other:
				// the later position stays.
				primary.update("""
						insert into writer_wal_position (writer, wal_position, written_at) values (?, ?, now())
						on conflict (writer) do update set wal_position = excluded.wal_position, written_at = now()
						where cast(writer_wal_position.wal_position as pg_lsn) < cast(excluded.wal_position as pg_lsn)
						""", apiCaller, position);
			}
		}

		/** The replica has the writer's last write: no need to wait for it any more. */
		void caughtUp(String position) {
			decide(true);
			if (session != null) {
				if (position.equals(session.getAttribute(SESSION_ATTRIBUTE))) {
					session.removeAttribute(SESSION_ATTRIBUTE);
				}
			}
			else if (apiCaller != null) {
				primary.update("delete from writer_wal_position where writer = ? and wal_position = ?", apiCaller,
						position);
			}
		}

	}

}
