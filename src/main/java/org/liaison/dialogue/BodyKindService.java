package org.liaison.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.liaison.dialogue.internal.BodyKindStore;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.ReferenceChecks;
import org.liaison.shared.ReferenceList;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kinds of joint body, which administrators keep: a commission, a council, a working
 * group, and any other kind an administrator adds, with no migration. A body may name
 * none when its sources do not say what it is.
 */
@Service
@Transactional(readOnly = true)
public class BodyKindService {

	private final ReferenceList<BodyKindData, BodyKindSummary> list;

	BodyKindService(ApplicationEventPublisher events, BodyKindStore store) {
		this.list = ReferenceList.of(events, store, "body kind", "BodyKind", BodyKindService::problems).calling("kind");
	}

	public List<BodyKindSummary> kinds() {
		return list.all();
	}

	public BodyKindSummary kind(String code) {
		return list.one(code);
	}

	/**
	 * Fails unless the body names a kind of the list, or none.
	 * @throws InvalidInputException on field {@code kind} naming the kinds there are,
	 * with the data's other problems, all at once
	 */
	void requireKnown(BodyData data) {
		if (data.kind() == null || list.find(data.kind()).isPresent()) {
			return;
		}
		List<Problem> problems = new ArrayList<>(data.problems());
		problems.add(new Problem("kind", "'" + data.kind() + "' is not a kind of body; the kinds are "
				+ kinds().stream().map(BodyKindSummary::code).collect(Collectors.joining(", "))));
		throw new InvalidInputException(problems);
	}

	@Transactional
	public BodyKindSummary addKind(BodyKindData data) {
		return list.add(data);
	}

	/** New names for a kind; its code never changes. */
	@Transactional
	public BodyKindSummary reviseKind(String code, long version, BodyKindData data) {
		return list.revise(code, version, data);
	}

	// The same checks as the annotations, for callers that do not validate, all at once.
	private static List<Problem> problems(BodyKindData data) {
		List<Problem> problems = new ArrayList<>();
		ReferenceChecks.code(data.code(), BodyKindData.CODE_PATTERN,
				"A kind's code uses upper-case letters, digits and underscores, starting with a letter (2 to 20 characters)",
				problems);
		ReferenceChecks.names(data.name(), data.nameFr(), 200, "A kind", problems);
		return problems;
	}

}
