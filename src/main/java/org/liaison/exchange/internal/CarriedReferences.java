package org.liaison.exchange.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.liaison.agreement.AgreementTypeData;
import org.liaison.dialogue.BodyKindData;
import org.liaison.dialogue.StatementKindData;
import org.liaison.directory.RoleKindData;
import org.liaison.partner.FrameworkData;
import org.liaison.partner.NationData;
import org.liaison.plan.PlanTypeData;

/**
 * The reference items a dossier carries in its {@code referenceData} section: the
 * nations, frameworks and kinds its records name, with their labels, so that it imports
 * into an installation that lacks them.
 */
record CarriedReferences(List<NationData> nations, List<FrameworkData> frameworks,
		List<AgreementTypeData> agreementTypes, List<PlanTypeData> planTypes, List<StatementKindData> statementKinds,
		List<RoleKindData> roleKinds, List<BodyKindData> bodyKinds) {

	static final CarriedReferences NONE = new CarriedReferences(List.of(), List.of(), List.of(), List.of(), List.of(),
			List.of(), List.of());

	Set<String> nationCodes() {
		return codes(nations, NationData::code);
	}

	Set<String> frameworkCodes() {
		return codes(frameworks, FrameworkData::code);
	}

	Set<String> agreementTypeCodes() {
		return codes(agreementTypes, AgreementTypeData::code);
	}

	Set<String> planTypeCodes() {
		return codes(planTypes, PlanTypeData::code);
	}

	Set<String> statementKindCodes() {
		return codes(statementKinds, StatementKindData::code);
	}

	Set<String> bodyKindCodes() {
		return codes(bodyKinds, BodyKindData::code);
	}

	Set<String> roleKindCodes() {
		return codes(roleKinds, RoleKindData::code);
	}

	private static <T> Set<String> codes(Collection<T> items, Function<T, String> code) {
		return items.stream().map(code).filter(c -> c != null && !c.isBlank()).collect(Collectors.toSet());
	}

}
