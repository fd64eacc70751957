package org.liaison.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.RoleKindStore;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RecordWritten;
import org.liaison.shared.StaleRecordException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kinds of organisation role, which administrators keep: a new kind (a partner's
 * mission to NATO) needs no migration, and what its roles need (an embassy, one at a
 * time) is an attribute of the kind, not a rule about one code. Codes never change once
 * given, since roles name them.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RoleKindService {

	private final ApplicationEventPublisher events;

	private final RoleKindStore store;

	public List<RoleKindSummary> kinds() {
		return store.all();
	}

	public RoleKindSummary kind(String code) {
		return store.one(code).orElseThrow(() -> new RecordNotFoundException("role kind", code));
	}

	/** The kind a role names, or null (with the problem added) when it names none. */
	@Nullable RoleKindSummary kindOf(@Nullable String code, List<Problem> problems) {
		RoleKindSummary kind = code == null || code.isBlank() ? null : store.one(code.strip()).orElse(null);
		if (kind == null) {
			problems.add(new Problem("kind", "'" + code + "' is not a kind of role; the kinds are "
					+ kinds().stream().map(RoleKindSummary::code).collect(Collectors.joining(", "))));
		}
		return kind;
	}

	@Transactional
	public RoleKindSummary addKind(RoleKindData data) {
		InvalidInputException.throwIfAny(problems(data));
		if (store.one(data.code()).isPresent()) {
			throw InvalidInputException.of("code", "The code '" + data.code() + "' is taken");
		}
		store.add(data);
		RoleKindSummary added = kind(data.code());
		events.publishEvent(RecordWritten.referenceItem("RoleKind", String.valueOf(added.code()), null, added));
		return added;
	}

	/** New names or new rules for a kind; its code never changes. */
	@Transactional
	public RoleKindSummary reviseKind(String code, long version, RoleKindData data) {
		RoleKindSummary before = kind(code);
		List<Problem> problems = problems(data);
		if (!code.equals(data.code())) {
			problems.add(new Problem("code", "A kind's code never changes: it is " + code));
		}
		InvalidInputException.throwIfAny(problems);
		if (!store.revise(code, version, data)) {
			throw new StaleRecordException("role kind", code);
		}
		RoleKindSummary after = kind(code);
		events.publishEvent(RecordWritten.referenceItem("RoleKind", String.valueOf(after.code()), before, after));
		return after;
	}

	// The same checks as the annotations, for callers that do not validate, all at once.
	private static List<Problem> problems(RoleKindData data) {
		List<Problem> problems = new ArrayList<>();
		if (data.code() == null || !data.code().matches(RoleKindData.CODE_PATTERN)) {
			problems.add(new Problem("code",
					"A kind's code uses upper-case letters, digits and underscores, starting with a letter (2 to 30 characters)"));
		}
		if (data.name() == null || data.name().isBlank() || data.name().strip().length() > 200) {
			problems.add(new Problem("name", "A kind needs a name in English, of at most 200 characters"));
		}
		if (data.nameFr() == null || data.nameFr().isBlank() || data.nameFr().strip().length() > 200) {
			problems.add(new Problem("nameFr", "A kind needs a name in French, of at most 200 characters"));
		}
		if (data.milestoneKind() == null || !data.milestoneKind().strip().matches("[a-z]{2,20}")) {
			problems.add(new Problem("milestoneKind", "is one lower-case word, such as established"));
		}
		if (data.milestoneText() == null || data.milestoneText().isBlank()
				|| data.milestoneText().strip().length() > 300) {
			problems.add(new Problem("milestoneText",
					"says what the timeline shows when a role starts, in at most 300 characters, with {organisation} for its name"));
		}
		return problems;
	}

}
