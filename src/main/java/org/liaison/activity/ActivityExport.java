package org.liaison.activity;

import java.util.List;

/**
 * A partner's requests with the events and activities they reference, for its dossier.
 */
public record ActivityExport(List<ActivitySummary> activities, List<EventExport> events,
		List<RequestSummary> requests) {
}
