package org.liaison.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.liaison.dialogue.internal.StatementKindStore;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.ReferenceChecks;
import org.liaison.shared.ReferenceList;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kinds of statement, which administrators keep: a new kind (an interview, an op-ed)
 * needs no migration, and what a kind's statements need is a flag of the kind, not a rule
 * about one code. Codes never change once given, since statements name them.
 */
@Service
@Transactional(readOnly = true)
public class StatementKindService {

	private final ReferenceList<StatementKindData, StatementKindSummary> list;

	StatementKindService(ApplicationEventPublisher events, StatementKindStore store) {
		this.list = ReferenceList.of(events, store, "statement kind", "StatementKind", StatementKindService::problems)
			.calling("kind");
	}

	public List<StatementKindSummary> kinds() {
		return list.all();
	}

	public StatementKindSummary kind(String code) {
		return list.one(code);
	}

	/**
	 * The kind the data names.
	 * @throws InvalidInputException when it names none: on field {@code kind} naming the
	 * kinds there are, with the data's other problems, all at once
	 */
	StatementKindSummary kindOf(StatementData data) {
		Optional<StatementKindSummary> kind = data.kind() == null ? Optional.empty() : list.find(data.kind().strip());
		if (kind.isPresent()) {
			return kind.get();
		}
		List<Problem> problems = new ArrayList<>(data.problems());
		problems.add(new Problem("kind", "'" + data.kind() + "' is not a kind of statement; the kinds are "
				+ kinds().stream().map(StatementKindSummary::code).collect(Collectors.joining(", "))));
		throw new InvalidInputException(problems);
	}

	@Transactional
	public StatementKindSummary addKind(StatementKindData data) {
		return list.add(data);
	}

	/** New names or a new rule for a kind; its code never changes. */
	@Transactional
	public StatementKindSummary reviseKind(String code, long version, StatementKindData data) {
		return list.revise(code, version, data);
	}

	// The same checks as the annotations, for callers that do not validate, all at once.
	private static List<Problem> problems(StatementKindData data) {
		List<Problem> problems = new ArrayList<>();
		ReferenceChecks.code(data.code(), StatementKindData.CODE_PATTERN,
				"A kind's code uses upper-case letters, digits and underscores, starting with a letter (2 to 20 characters)",
				problems);
		ReferenceChecks.names(data.name(), data.nameFr(), 200, "A kind", problems);
		return problems;
	}

}
