package org.liaison.timeline.internal;

import java.time.Clock;
import java.util.UUID;

import org.liaison.shared.MilestoneEvent;
import org.liaison.shared.MilestoneEvent.Entry;
import org.liaison.shared.MilestoneEvent.MilestoneFacts;
import org.liaison.timeline.MilestonesDerived;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the milestones derived from other modules' records in step with them. Each event
 * carries the record's whole current set of milestones, so this replaces what it holds
 * for the record; an event older than what was already applied (events may arrive out of
 * order) is ignored. Two events of one record may be applied at once on two threads: each
 * apply locks the record's row in {@code timeline_source} first, so they run one after
 * the other and the newer set is kept; the first apply of a record inserts that row, and
 * of two first applies the one that meets the other's key applies again.
 */
@Component
public class DerivedMilestones {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	DerivedMilestones(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	// Not an @ApplicationModuleListener: its transaction would be spoiled by the first
	// attempt's
	// failure; each attempt here has a transaction of its own.
	@Async
	@TransactionalEventListener
	void on(MilestoneEvent event) {
		apply(event.facts());
	}

	/**
	 * Applies the record's milestones, again if a concurrent first apply of the same
	 * record got there first.
	 */
	public void apply(MilestoneFacts facts) {
		for (int attempt = 1;; attempt++) {
			try {
				transactions.executeWithoutResult(status -> replace(facts));
				return;
			}
			catch (DuplicateKeyException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private static final int ATTEMPTS = 10;

	private void replace(MilestoneFacts facts) {
		// The source's row is locked for the rest of the transaction: a concurrent apply
		// of the
		// same record waits here, then reads the version this one leaves.
		Long applied = jdbc.sql("""
				select applied_version from timeline_source where source_type = :type and source_id = :id for update""")
			.param("type", facts.sourceType())
			.param("id", facts.sourceId())
			.query(Long.class)
			.optional()
			.orElse(null);
		if (applied == null) {
			// Two first applies may both get here; the second meets the key and tries
			// again.
			jdbc.sql(
					"insert into timeline_source (source_type, source_id, applied_version) values (:type, :id, :version)")
				.param("type", facts.sourceType())
				.param("id", facts.sourceId())
				.param("version", facts.sourceVersion())
				.update();
		}
		else if (applied > facts.sourceVersion()) {
			return;
		}
		else {
			jdbc.sql(
					"update timeline_source set applied_version = :version where source_type = :type and source_id = :id")
				.param("type", facts.sourceType())
				.param("id", facts.sourceId())
				.param("version", facts.sourceVersion())
				.update();
		}
		jdbc.sql("delete from timeline_milestone where source_type = :type and source_id = :id")
			.param("type", facts.sourceType())
			.param("id", facts.sourceId())
			.update();
		for (int position = 0; position < facts.entries().size(); position++) {
			Entry entry = facts.entries().get(position);
			jdbc.sql("""
					insert into timeline_milestone (id, partner, ref, date, text, derived, source_type, source_id,
					    source_kind, source_position, source_version, releasability, updated_at, version)
					values (:id, :partner, null, :date, :text, true, :type, :sourceId, :kind, :position,
					    :sourceVersion, :releasability, :updatedAt, 0)""")
				.param("id", UUID.randomUUID())
				.param("partner", facts.partner().value())
				.param("date", entry.date().iso())
				.param("text", entry.text())
				.param("type", facts.sourceType())
				.param("sourceId", facts.sourceId())
				.param("kind", entry.kind())
				.param("position", position)
				.param("sourceVersion", facts.sourceVersion())
				.param("releasability", facts.releasability().name())
				.param("updatedAt", java.sql.Timestamp.from(clock.instant()))
				.update();
		}
		events.publishEvent(new MilestonesDerived(facts.partner()));
	}

}
