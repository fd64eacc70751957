package org.liaison.partner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.liaison.partner.internal.Accessions;
import org.liaison.partner.internal.FrameworkStore;
import org.liaison.partner.internal.NationStore;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.ReferenceChecks;
import org.liaison.shared.ReferenceList;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nations and frameworks of the reference lists, which administrators keep: a new
 * framework, a nation's French name or the date of its accession needs no migration.
 * Codes never change once given, since records of every module name them.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceDataService {

	private final ReferenceList<NationData, NationSummary> nations;

	private final ReferenceList<FrameworkData, FrameworkSummary> frameworks;

	private final Accessions accessions;

	ReferenceDataService(ApplicationEventPublisher events, NationStore nations, FrameworkStore frameworks,
			Accessions accessions) {
		this.accessions = accessions;
		this.nations = ReferenceList.of(events, nations, "nation", "Nation", ReferenceDataService::nationProblems)
			.sayingWhenTaken(code -> "The nation '" + code + "' is in the list already");
		this.frameworks = ReferenceList.of(events, frameworks, "framework", "Framework",
				ReferenceDataService::frameworkProblems);
	}

	public NationSummary nation(NationCode code) {
		return nations.one(code.value());
	}

	public FrameworkSummary framework(String code) {
		return frameworks.one(code);
	}

	@Transactional
	public NationSummary addNation(NationData data) {
		return nations.add(data);
	}

	@Transactional
	public NationSummary reviseNation(NationCode code, long version, NationData data) {
		NationSummary before = nations.one(code.value());
		NationSummary after = nations.revise(code.value(), version, data);
		// A partner's timeline ends with its accession, which follows the list.
		if (!Objects.equals(before.natoMemberSince(), after.natoMemberSince())) {
			accessions.recordFor(after);
		}
		return after;
	}

	@Transactional
	public FrameworkSummary addFramework(FrameworkData data) {
		return frameworks.add(data);
	}

	@Transactional
	public FrameworkSummary reviseFramework(String code, long version, FrameworkData data) {
		return frameworks.revise(code, version, data);
	}

	// The same checks as the annotations, for callers that do not validate (an import),
	// all at once.
	private static List<Problem> nationProblems(NationData data) {
		List<Problem> problems = new ArrayList<>();
		ReferenceChecks.code(data.code(), "[A-Z]{3}",
				"A nation's code is three capital letters, the ISO 3166-1 alpha-3 code such as SRB", problems);
		ReferenceChecks.names(data.name(), data.nameFr(), 100, "A nation", problems);
		problems.addAll(data.problems());
		return problems;
	}

	private static List<Problem> frameworkProblems(FrameworkData data) {
		List<Problem> problems = new ArrayList<>();
		ReferenceChecks.code(data.code(), "[A-Z][A-Z0-9_]{1,19}",
				"A framework's code uses capital letters, digits and underscores, starting with a letter (2 to 20 characters)",
				problems);
		ReferenceChecks.names(data.name(), data.nameFr(), 200, "A framework", problems);
		if (data.kind() == null) {
			problems.add(new Problem("kind", "A framework is one of "
					+ Arrays.stream(FrameworkKind.values()).map(Enum::name).collect(Collectors.joining(", "))));
		}
		return problems;
	}

}
