package org.liaison;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Where a read-only transaction reads: the replica, unless it would miss something. It
 * reads on the primary outside a request (the event listeners, scheduled work, start-up:
 * they may follow a write of any writer) and in its security filters, and for a writer
 * whose last write the replica has not replayed yet, so that no one misses their own
 * write. The decision is taken once per request: a request that began on the replica does
 * not change sides.
 */
final class ReplicaReads extends AbstractDataSource {

	private final DataSource primary;

	private final DataSource replica;

	private final WriterPositions positions;

	ReplicaReads(DataSource primary, DataSource replica, WriterPositions positions) {
		this.primary = primary;
		this.replica = replica;
		this.positions = positions;
	}

	@Override
	public Connection getConnection() throws SQLException {
		WriterPositions.Writer writer = positions.currentWriter();
		if (writer == null) {
			return primary.getConnection();
		}
		Boolean onReplica = writer.readsOnReplica();
		if (onReplica != null) {
			return onReplica ? replica.getConnection() : primary.getConnection();
		}
		String position = writer.lastWrite();
		if (position == null) {
			writer.decide(true);
			return replica.getConnection();
		}
		Connection connection = replica.getConnection();
		if (hasReplayed(connection, position)) {
			writer.caughtUp(position);
			return connection;
		}
		connection.close();
		writer.decide(false);
		return primary.getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return getConnection();
	}

	/**
	 * Whether the replica has replayed the WAL up to the given position. A "replica" that
	 * is no replica (a URL naming the primary) has all of its own writes.
	 */
	private static boolean hasReplayed(Connection connection, String position) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(
				"select coalesce(pg_last_wal_replay_lsn() >= cast(? as pg_lsn), not pg_is_in_recovery())")) {
			statement.setString(1, position);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

}
