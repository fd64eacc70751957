package org.liaison.audit.internal;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.audit.FieldChange;
import org.liaison.audit.internal.AggregateSnapshots.Identity;
import org.liaison.audit.internal.TransactionEntries.Loaded;
import org.liaison.shared.Releasability;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.mapping.event.AfterConvertEvent;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.BeforeConvertEvent;
import org.springframework.data.relational.core.mapping.event.BeforeDeleteEvent;
import org.springframework.stereotype.Component;

/**
 * Records every aggregate that Spring Data saves or deletes, in the transaction that does
 * it, with the fields that changed. It learns an aggregate's state before the change when
 * the aggregate is loaded in a writing transaction, as aggregates are before they change;
 * an aggregate saved without having been loaded there is read once before it is written.
 */
@Component
@RequiredArgsConstructor
class AggregateChanges {

	private final AggregateSnapshots snapshots;

	private final AuditRecorder recorder;

	private final ObjectProvider<JdbcAggregateOperations> aggregates;

	@EventListener
	void loaded(AfterConvertEvent<?> event) {
		Object aggregate = event.getEntity();
		recorder.transaction().ifPresent(entries -> {
			Identity identity = snapshots.identity(aggregate);
			if (identity.id() != null) {
				entries.loaded(key(aggregate), snapshots.fields(aggregate));
			}
		});
	}

	@EventListener
	void saving(BeforeConvertEvent<?> event) {
		Object aggregate = event.getEntity();
		recorder.transaction().ifPresent(entries -> {
			Identity identity = snapshots.identity(aggregate);
			if (identity.id() == null || snapshots.isNew(aggregate) || entries.asLoaded(key(aggregate)) != null) {
				return;
			}
			aggregates.getObject().findById(snapshots.idOf(aggregate), aggregate.getClass());
		});
	}

	@EventListener
	void saved(AfterSaveEvent<?> event) {
		Object aggregate = event.getEntity();
		recorder.transaction().ifPresent(entries -> {
			Identity identity = snapshots.identity(aggregate);
			Loaded key = key(aggregate);
			Map<String, @Nullable String> before = entries.asLoaded(key);
			Map<String, @Nullable String> after = snapshots.fields(aggregate);
			entries.saved(key, after);
			List<FieldChange> changes = FieldChanges.between(before == null ? Map.of() : before, after);
			if (before != null && changes.isEmpty()) {
				return;
			}
			recorder.record(recorder.actor(), identity.kind(), identity.id(), identity.ref(), identity.owner(),
					identity.partner(), AuditRecorder.stricter(releasability(before), identity.releasability()),
					before == null ? "created" : action(changes), changes);
		});
	}

	@EventListener
	void deleting(BeforeDeleteEvent<?> event) {
		recorder.transaction().ifPresent(entries -> {
			Loaded key = new Loaded(event.getType(), event.getId().getValue());
			if (entries.asLoaded(key) == null) {
				aggregates.getObject().findById(event.getId().getValue(), event.getType());
			}
		});
	}

	@EventListener
	void deleted(AfterDeleteEvent<?> event) {
		recorder.transaction().ifPresent(entries -> {
			Loaded key = new Loaded(event.getType(), event.getId().getValue());
			Map<String, @Nullable String> before = entries.asLoaded(key);
			Object aggregate = event.getEntity();
			Identity identity = aggregate != null ? snapshots.identity(aggregate)
					: new Identity(event.getType().getSimpleName(), AggregateSnapshots.text(event.getId().getValue()),
							before == null ? null : before.get("ref"), null, null, null);
			recorder.record(recorder.actor(), identity.kind(), identity.id(), identity.ref(), identity.owner(),
					identity.partner(), AuditRecorder.stricter(releasability(before), identity.releasability()),
					"deleted", FieldChanges.between(before == null ? Map.of() : before, Map.of()));
		});
	}

	private static String action(List<FieldChange> changes) {
		return changes.stream().anyMatch(change -> change.field().equals("status")) ? "moved" : "changed";
	}

	private static @Nullable Releasability releasability(@Nullable Map<String, @Nullable String> fields) {
		String level = fields == null ? null : fields.get("releasability");
		return level == null ? null : Releasability.valueOf(level);
	}

	private Loaded key(Object aggregate) {
		return new Loaded(aggregate.getClass(), snapshots.idOf(aggregate));
	}

}
