package org.liaison.audit.internal;

import lombok.RequiredArgsConstructor;
import org.liaison.shared.RecordWritten;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the writes that modules make with their own SQL, as they announce them, in the
 * transaction that makes them.
 */
@Component
@RequiredArgsConstructor
class WrittenRecords {

	private final AuditRecorder recorder;

	@EventListener
	void written(RecordWritten event) {
		recorder.record(recorder.actor(), event.kind(), event.id(), event.ref(), event.owner(), event.partner(),
				event.releasability(), event.action(), FieldChanges.between(event.before(), event.after()));
	}

}
