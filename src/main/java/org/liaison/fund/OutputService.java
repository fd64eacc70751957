package org.liaison.fund;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.fund.internal.FundQueries;
import org.liaison.fund.internal.LedgerStore;
import org.liaison.fund.internal.Project;
import org.liaison.shared.Audience;
import org.liaison.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's outputs: the indicators agreed with the donors (items, baselines and
 * targets), which NATO staff define, and the values achieved over time, which NATO staff
 * or the project's executing agent record. A write locks the project first and moves its
 * version (see {@link LockedProjects}), as a write of the ledger does.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OutputService {

	private final FundQueries queries;

	private final LedgerStore store;

	private final LockedProjects locked;

	private final Clock clock;

	public List<OutputSummary> outputs(UUID id, Audience audience) {
		return queries.outputs(List.of(id), audience).getOrDefault(id, List.of());
	}

	/**
	 * Defines an output indicator of a project, or redefines it; values given are
	 * recorded too.
	 */
	@Transactional
	public OutputSummary defineOutput(UUID id, @Nullable Long version, OutputData data) {
		Project project = locked.lock(id, version);
		store.defineOutput(project, data);
		data.values().forEach(value -> store.recordValue(project, data.item(), value));
		return changed(project, data.item());
	}

	/**
	 * Records the value an output achieved by a date: NATO staff on any project, an
	 * executing agent on its own.
	 */
	@Transactional
	public OutputSummary recordOutputValue(UUID id, @Nullable Long version, String item, OutputValueData value,
			Audience actor) {
		Project project = locked.lockFor(actor, id, version);
		if (!store.outputExists(id, item)) {
			throw new RecordNotFoundException("output", item);
		}
		store.recordValue(project, item, value);
		return changed(project, item);
	}

	private OutputSummary changed(Project project, String item) {
		locked.touched(project, clock.instant());
		return outputs(project.id(), Audience.alliance()).stream()
			.filter(o -> o.item().equals(item))
			.findFirst()
			.orElseThrow();
	}

}
