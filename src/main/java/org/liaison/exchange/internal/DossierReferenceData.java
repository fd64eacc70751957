package org.liaison.exchange.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.agreement.AgreementService;
import org.liaison.agreement.AgreementTypeData;
import org.liaison.agreement.AgreementTypeSummary;
import org.liaison.dialogue.BodyKindData;
import org.liaison.dialogue.BodyKindService;
import org.liaison.dialogue.BodyKindSummary;
import org.liaison.dialogue.StatementKindData;
import org.liaison.dialogue.StatementKindService;
import org.liaison.dialogue.StatementKindSummary;
import org.liaison.directory.RoleKindData;
import org.liaison.directory.RoleKindService;
import org.liaison.directory.RoleKindSummary;
import org.liaison.partner.FrameworkData;
import org.liaison.partner.FrameworkSummary;
import org.liaison.partner.NationData;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerService;
import org.liaison.partner.ReferenceDataService;
import org.liaison.plan.PlanService;
import org.liaison.plan.PlanTypeData;
import org.liaison.plan.PlanTypeSummary;
import org.liaison.shared.InvalidInputException.Problem;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code referenceData} section of a dossier: on export, every nation, framework and
 * kind (of agreement, plan, statement, role) the dossier's records name, with its labels;
 * on import, the items the installation lacks are added before any record is written. An
 * item the installation has already is left as it is, even with other labels: its
 * administrators keep it, and the records of every partner name it.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DossierReferenceData {

	static final String SECTION = "referenceData";

	/**
	 * The fields of the dossier's records that name the kinds and frameworks it carries.
	 */
	static final Set<String> NAMING_FIELDS = Set.of("memberships.framework", "activities.frameworks", "agreements.type",
			"plans.type", "statements.kind", "roles.kind", "bodies.kind");

	private final PartnerService partners;

	private final ReferenceDataService references;

	private final AgreementService agreements;

	private final PlanService plans;

	private final StatementKindService statementKinds;

	private final BodyKindService bodyKinds;

	private final RoleKindService roleKinds;

	private final DossierJson json;

	private final JsonMapper mapper;

	/**
	 * Writes the section after the dossier's records, from what they named as they were
	 * written.
	 */
	void export(WrittenNames dossier) {
		Set<String> nations = Set.copyOf(dossier.nations());
		Set<String> frameworks = new TreeSet<>(dossier.values("memberships.framework"));
		frameworks.addAll(dossier.values("activities.frameworks"));
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("nations",
				partners.nations()
					.stream()
					.filter(n -> nations.contains(n.code().value()))
					.map(NationSummary::toData)
					.toList());
		section.put("frameworks",
				used(partners.frameworks(), frameworks, FrameworkSummary::code, FrameworkSummary::toData));
		section.put("agreementTypes", used(agreements.types(), dossier.values("agreements.type"),
				AgreementTypeSummary::code, AgreementTypeSummary::toData));
		section.put("planTypes",
				used(plans.types(), dossier.values("plans.type"), PlanTypeSummary::code, PlanTypeSummary::toData));
		section.put("statementKinds", used(statementKinds.kinds(), dossier.values("statements.kind"),
				StatementKindSummary::code, StatementKindSummary::toData));
		section.put("roleKinds",
				used(roleKinds.kinds(), dossier.values("roles.kind"), RoleKindSummary::code, RoleKindSummary::toData));
		section.put("bodyKinds",
				used(bodyKinds.kinds(), dossier.values("bodies.kind"), BodyKindSummary::code, BodyKindSummary::toData));
		dossier.writeName(SECTION);
		mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE).writeValue(dossier, section);
	}

	private static <S> List<?> used(List<S> items, Set<String> codes, Function<S, String> code, Function<S, ?> data) {
		return items.stream().filter(i -> codes.contains(code.apply(i))).map(data).toList();
	}

	/** The items a dossier carries, each read and checked with its JSON path. */
	CarriedReferences read(JsonNode root, List<Problem> problems) {
		JsonNode section = root.path(SECTION);
		if (section.isMissingNode() || section.isNull()) {
			return CarriedReferences.NONE;
		}
		if (!section.isObject()) {
			problems.add(new Problem("$." + SECTION, "must be an object"));
			return CarriedReferences.NONE;
		}
		Set<String> lists = Set.of("nations", "frameworks", "agreementTypes", "planTypes", "statementKinds",
				"roleKinds", "bodyKinds");
		section.properties()
			.stream()
			.filter(e -> !lists.contains(e.getKey()))
			.forEach(e -> problems.add(new Problem("$." + SECTION + "." + e.getKey(),
					"is not part of the dossier format; the lists are " + String.join(", ", new TreeSet<>(lists)))));
		return new CarriedReferences(list(section, "nations", NationData.class, problems),
				list(section, "frameworks", FrameworkData.class, problems),
				list(section, "agreementTypes", AgreementTypeData.class, problems),
				list(section, "planTypes", PlanTypeData.class, problems),
				list(section, "statementKinds", StatementKindData.class, problems),
				list(section, "roleKinds", RoleKindData.class, problems),
				list(section, "bodyKinds", BodyKindData.class, problems));
	}

	private <T> List<T> list(JsonNode section, String name, Class<T> type, List<Problem> problems) {
		JsonNode array = section.path(name);
		List<T> items = new ArrayList<>();
		if (array.isMissingNode() || array.isNull()) {
			return items;
		}
		String path = "$." + SECTION + "." + name;
		if (!array.isArray()) {
			problems.add(new Problem(path, "must be a list"));
			return items;
		}
		for (int i = 0; i < array.size(); i++) {
			T item = json.convert(array.get(i), path + "[" + i + "]", type, problems);
			if (item != null) {
				items.add(item);
			}
		}
		return items;
	}

	/**
	 * Adds the carried items the installation lacks; answers how many it added. Nations
	 * and frameworks come first, since kinds and records name them.
	 */
	int importMissing(CarriedReferences carried) {
		int added = 0;
		for (NationData nation : carried.nations()) {
			if (partners.nations().stream().noneMatch(n -> n.code().value().equals(nation.code()))) {
				references.addNation(nation);
				added++;
			}
		}
		for (FrameworkData framework : carried.frameworks()) {
			if (partners.frameworks().stream().noneMatch(f -> f.code().equals(framework.code()))) {
				references.addFramework(framework);
				added++;
			}
		}
		for (AgreementTypeData type : carried.agreementTypes()) {
			if (agreements.types().stream().noneMatch(t -> t.code().equals(type.code()))) {
				agreements.addType(type);
				added++;
			}
		}
		for (PlanTypeData type : carried.planTypes()) {
			if (plans.types().stream().noneMatch(t -> t.code().equals(type.code()))) {
				plans.addType(type);
				added++;
			}
		}
		for (StatementKindData kind : carried.statementKinds()) {
			if (statementKinds.kinds().stream().noneMatch(k -> k.code().equals(kind.code()))) {
				statementKinds.addKind(kind);
				added++;
			}
		}
		for (BodyKindData kind : carried.bodyKinds()) {
			if (bodyKinds.kinds().stream().noneMatch(k -> k.code().equals(kind.code()))) {
				bodyKinds.addKind(kind);
				added++;
			}
		}
		for (RoleKindData kind : carried.roleKinds()) {
			if (roleKinds.kinds().stream().noneMatch(k -> k.code().equals(kind.code()))) {
				roleKinds.addKind(kind);
				added++;
			}
		}
		return added;
	}

}
