package org.liaison.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.RoleKindStore;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.ReferenceChecks;
import org.liaison.shared.ReferenceList;
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
public class RoleKindService {

	private final ReferenceList<RoleKindData, RoleKindSummary> list;

	RoleKindService(ApplicationEventPublisher events, RoleKindStore store) {
		this.list = ReferenceList.of(events, store, "role kind", "RoleKind", RoleKindService::problems).calling("kind");
	}

	public List<RoleKindSummary> kinds() {
		return list.all();
	}

	public RoleKindSummary kind(String code) {
		return list.one(code);
	}

	/** The kind a role names, or null (with the problem added) when it names none. */
	@Nullable RoleKindSummary kindOf(@Nullable String code, List<Problem> problems) {
		RoleKindSummary kind = code == null || code.isBlank() ? null : list.find(code.strip()).orElse(null);
		if (kind == null) {
			problems.add(new Problem("kind", "'" + code + "' is not a kind of role; the kinds are "
					+ kinds().stream().map(RoleKindSummary::code).collect(Collectors.joining(", "))));
		}
		return kind;
	}

	@Transactional
	public RoleKindSummary addKind(RoleKindData data) {
		return list.add(data);
	}

	/** New names or new rules for a kind; its code never changes. */
	@Transactional
	public RoleKindSummary reviseKind(String code, long version, RoleKindData data) {
		return list.revise(code, version, data);
	}

	// The same checks as the annotations, for callers that do not validate, all at once.
	private static List<Problem> problems(RoleKindData data) {
		List<Problem> problems = new ArrayList<>();
		ReferenceChecks.code(data.code(), RoleKindData.CODE_PATTERN,
				"A kind's code uses upper-case letters, digits and underscores, starting with a letter (2 to 30 characters)",
				problems);
		ReferenceChecks.names(data.name(), data.nameFr(), 200, "A kind", problems);
		if (data.milestoneKind() == null || !data.milestoneKind().strip().matches("[a-z]{2,20}")) {
			problems.add(new Problem("milestoneKind", "is one lower-case word, such as established"));
		}
		ReferenceChecks.text("milestoneText", data.milestoneText(), 300,
				"says what the timeline shows when a role starts, in at most 300 characters, with {organisation} for its name",
				problems);
		return problems;
	}

}
