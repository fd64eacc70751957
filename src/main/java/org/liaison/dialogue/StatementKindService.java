package org.liaison.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.dialogue.internal.StatementKindStore;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RecordWritten;
import org.liaison.shared.StaleRecordException;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StatementKindService {

	private final ApplicationEventPublisher events;

	private final StatementKindStore store;

	public List<StatementKindSummary> kinds() {
		return store.all();
	}

	public StatementKindSummary kind(String code) {
		return store.one(code).orElseThrow(() -> new RecordNotFoundException("statement kind", code));
	}

	/**
	 * The kind the data names.
	 * @throws InvalidInputException when it names none: on field {@code kind} naming the
	 * kinds there are, with the data's other problems, all at once
	 */
	StatementKindSummary kindOf(StatementData data) {
		Optional<StatementKindSummary> kind = data.kind() == null ? Optional.empty() : store.one(data.kind().strip());
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
		InvalidInputException.throwIfAny(problems(data));
		if (store.one(data.code()).isPresent()) {
			throw InvalidInputException.of("code", "The code '" + data.code() + "' is taken");
		}
		store.add(data);
		StatementKindSummary added = kind(data.code());
		events.publishEvent(RecordWritten.referenceItem("StatementKind", String.valueOf(added.code()), null, added));
		return added;
	}

	/** New names or a new rule for a kind; its code never changes. */
	@Transactional
	public StatementKindSummary reviseKind(String code, long version, StatementKindData data) {
		StatementKindSummary before = kind(code);
		List<Problem> problems = problems(data);
		if (!code.equals(data.code())) {
			problems.add(new Problem("code", "A kind's code never changes: it is " + code));
		}
		InvalidInputException.throwIfAny(problems);
		if (!store.revise(code, version, data)) {
			throw new StaleRecordException("statement kind", code);
		}
		StatementKindSummary after = kind(code);
		events.publishEvent(RecordWritten.referenceItem("StatementKind", String.valueOf(after.code()), before, after));
		return after;
	}

	// The same checks as the annotations, for callers that do not validate, all at once.
	private static List<Problem> problems(StatementKindData data) {
		List<Problem> problems = new ArrayList<>();
		if (data.code() == null || !data.code().matches(StatementKindData.CODE_PATTERN)) {
			problems.add(new Problem("code",
					"A kind's code uses upper-case letters, digits and underscores, starting with a letter (2 to 20 characters)"));
		}
		if (data.name() == null || data.name().isBlank() || data.name().strip().length() > 200) {
			problems.add(new Problem("name", "A kind needs a name in English, of at most 200 characters"));
		}
		if (data.nameFr() == null || data.nameFr().isBlank() || data.nameFr().strip().length() > 200) {
			problems.add(new Problem("nameFr", "A kind needs a name in French, of at most 200 characters"));
		}
		return problems;
	}

}
