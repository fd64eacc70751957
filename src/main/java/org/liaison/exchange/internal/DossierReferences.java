package org.liaison.exchange.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.activity.MenuService;
import org.liaison.agreement.AgreementService;
import org.liaison.agreement.AgreementSummary;
import org.liaison.agreement.AgreementTypeSummary;
import org.liaison.dialogue.BodySummary;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.BodyKindService;
import org.liaison.dialogue.BodyKindSummary;
import org.liaison.dialogue.StatementKindService;
import org.liaison.dialogue.StatementKindSummary;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.OrganisationData;
import org.liaison.directory.RoleKindService;
import org.liaison.directory.RoleKindSummary;
import org.liaison.partner.FrameworkSummary;
import org.liaison.partner.PartnerService;
import org.liaison.plan.PlanService;
import org.liaison.plan.PlanTypeSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import org.liaison.exchange.internal.DossierJson.Item;
import org.liaison.exchange.internal.DossierReader.Dossier;

/**
 * Checks, before anything is written, that every code and ref a dossier's records name is
 * defined: by the dossier itself (a meeting of a body the same dossier carries) or by
 * what Liaison already holds. The modules check these again when they write, but only one
 * by one, so a dossier checked only there would show its broken references one attempt at
 * a time.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DossierReferences {

	private static final String TRANSIT = "TRANSIT";

	private final PartnerService partners;

	private final DirectoryService directory;

	private final AgreementService agreements;

	private final DialogueService dialogue;

	private final StatementKindService statementKinds;

	private final BodyKindService bodyKinds;

	private final RoleKindService roleKinds;

	private final PlanService plans;

	private final MenuService menu;

	/** Every reference of the dossier that names nothing, with its JSON path. */
	List<Problem> check(Dossier dossier) {
		List<Problem> problems = new ArrayList<>();
		CarriedReferences carried = dossier.references();
		Known nations = new Known("nation",
				with(codes(partners.nations(), n -> n.code().value()), carried.nationCodes()), false);
		for (Item<OrganisationData> item : dossier.organisations()) {
			NationCode nation = item.data().nation();
			nations.check(item.path() + ".nation", nation == null ? null : nation.value(), problems);
		}
		Known frameworks = new Known("framework",
				with(codes(partners.frameworks(), FrameworkSummary::code), carried.frameworkCodes()), true);
		dossier.memberships().forEach(i -> frameworks.check(i.path() + ".framework", i.data().framework(), problems));
		Known types = new Known("agreement type",
				with(codes(agreements.types(), AgreementTypeSummary::code), carried.agreementTypeCodes()), true);
		dossier.agreements().forEach(item -> {
			types.check(item.path() + ".type", item.data().type(), problems);
			for (int i = 0; i < item.data().parties().size(); i++) {
				NationCode party = item.data().parties().get(i).nation();
				nations.check(item.path() + ".parties[" + i + "].nation", party == null ? null : party.value(),
						problems);
			}
		});
		Known statementKinds = new Known("statement kind",
				with(codes(this.statementKinds.kinds(), StatementKindSummary::code), carried.statementKindCodes()),
				true);
		dossier.statements().forEach(i -> statementKinds.check(i.path() + ".kind", i.data().kind(), problems));
		Known bodyKinds = new Known("body kind",
				with(codes(this.bodyKinds.kinds(), BodyKindSummary::code), carried.bodyKindCodes()), true);
		// A body whose sources do not say what it is names no kind, and that is no
		// problem.
		dossier.bodies()
			.stream()
			.filter(i -> i.data().kind() != null)
			.forEach(i -> bodyKinds.check(i.path() + ".kind", i.data().kind(), problems));
		Known roleKinds = new Known("role kind",
				with(codes(this.roleKinds.kinds(), RoleKindSummary::code), carried.roleKindCodes()), true);
		dossier.roles().forEach(i -> roleKinds.check(i.path() + ".kind", i.data().kind(), problems));
		checkSharedRecords(dossier, problems);
		checkPartnerRecords(dossier, problems);
		return problems;
	}

	/**
	 * Organisations and menu activities are shared by all partners, so the ones stored
	 * are looked up one by one rather than listed, each ref once however many records
	 * name it (a dossier's requests name few activities, many times each).
	 */
	private void checkSharedRecords(Dossier dossier, List<Problem> problems) {
		Known organisations = new Known("organisation", codes(dossier.organisations(), i -> i.data().refOrDefault()),
				onceEach(ref -> directory.organisationByRef(ref, Audience.alliance()).isPresent()));
		dossier.roles()
			.forEach(i -> organisations.check(i.path() + ".organisationRef", i.data().organisationRef(), problems));
		dossier.funds().forEach(i -> {
			organisations.check(i.path() + ".executingAgent", i.data().executingAgent(), problems);
			JsonNode ledger = i.extras().path("transactions");
			for (int t = 0; t < ledger.size(); t++) {
				organisations.check(i.path() + ".transactions[" + t + "].organisation",
						ledger.get(t).path("organisation").asString(""), problems);
			}
		});
		Known activities = new Known("activity", codes(dossier.activities(), i -> i.data().ref()),
				onceEach(this::storedActivity));
		for (Item<?> item : dossier.events()) {
			activities.check(item.path() + ".activityRef", DossierJson.text(item.extras(), "activityRef"), problems);
		}
		for (Item<?> item : dossier.requests()) {
			activities.check(item.path() + ".activityRef", DossierJson.text(item.extras(), "activityRef"), problems);
		}
	}

	/** The lookup, made once for each ref it is asked about. */
	private static Predicate<String> onceEach(Predicate<String> lookup) {
		Map<String, Boolean> found = new HashMap<>();
		return ref -> found.computeIfAbsent(ref, lookup::test);
	}

	private boolean storedActivity(String ref) {
		try {
			menu.activity(ref, Audience.alliance());
			return true;
		}
		catch (RecordNotFoundException ex) {
			return false;
		}
	}

	/**
	 * The records of the partner itself: its bodies and agreements. A plan's predecessor
	 * is not asked for, as the plan module's import does not ask for it either: an export
	 * may hold a plan without the earlier one its reader may not see.
	 */
	private void checkPartnerRecords(Dossier dossier, List<Problem> problems) {
		NationCode nation = dossier.nation();
		List<BodySummary> storedBodies = nation == null ? List.of() : dialogue.bodies(nation, Audience.alliance());
		List<AgreementSummary> storedAgreements = nation == null ? List.of()
				: agreements.allAgreements(nation, Audience.alliance());

		Set<String> bodyRefs = codes(dossier.bodies(), i -> i.data().refOrDefault());
		bodyRefs.addAll(codes(storedBodies, BodySummary::ref));
		Known bodies = new Known("joint body", bodyRefs, true);
		dossier.meetings().forEach(i -> {
			if (blank(i.data().bodyRef())) {
				problems.add(new Problem(i.path() + ".bodyRef", "is required: the ref of the joint body that met"));
			}
			else {
				bodies.check(i.path() + ".bodyRef", i.data().bodyRef().strip(), problems);
			}
		});

		Set<String> agreementRefs = codes(dossier.agreements(), i -> i.data().refOrDefault());
		agreementRefs.addAll(codes(storedAgreements, AgreementSummary::ref));
		Known agreementsKnown = new Known("agreement", agreementRefs, true);
		Set<String> transitRefs = codes(
				dossier.agreements().stream().filter(i -> TRANSIT.equals(i.data().type())).toList(),
				i -> i.data().refOrDefault());
		transitRefs.addAll(
				codes(storedAgreements.stream().filter(a -> TRANSIT.equals(a.type())).toList(), AgreementSummary::ref));
		Known transit = new Known("transit agreement", transitRefs, true);
		dossier.transitTerms()
			.forEach(i -> transit.check(i.path() + ".agreementRef", i.data().agreementRef(), problems));
		dossier.transitRequests()
			.forEach(i -> transit.check(i.path() + ".agreementRef", i.data().agreementRef(), problems));

		Known planTypes = new Known("plan type",
				with(codes(plans.types(), PlanTypeSummary::code), dossier.references().planTypeCodes()), true);
		dossier.plans().forEach(i -> {
			planTypes.check(i.path() + ".type", i.data().type(), problems);
			agreementsKnown.check(i.path() + ".agreement", i.data().agreement(), problems);
		});
	}

	/** The codes Liaison holds and those the dossier carries. */
	private static Set<String> with(Set<String> stored, Set<String> carried) {
		stored.addAll(carried);
		return stored;
	}

	private static <T> Set<String> codes(Collection<T> records, Function<T, @Nullable String> code) {
		return records.stream().map(code).filter(c -> !blank(c)).collect(Collectors.toCollection(TreeSet::new));
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	/**
	 * The codes or refs a field may name: those listed, and for records shared by all
	 * partners those found when looked up. A field left empty is not checked here:
	 * whether it may be empty is the record's own rule, reported with the record. A
	 * problem names what may be named, unless there are too many (nations, and what is
	 * looked up).
	 */
	private record Known(String what, Set<String> values, boolean listed, Predicate<String> stored) {

		Known(String what, Set<String> values, boolean listed) {
			this(what, values, listed, value -> false);
		}

		Known(String what, Set<String> carried, Predicate<String> stored) {
			this(what, carried, false, stored);
		}

		void check(String path, @Nullable String value, List<Problem> problems) {
			if (blank(value) || values.contains(value.strip()) || stored.test(value.strip())) {
				return;
			}
			String message = "names no " + what + " of the dossier or of Liaison: '" + value + "'";
			if (listed) {
				message += values.isEmpty() ? "; there are none" : "; the ones known are " + String.join(", ", values);
			}
			problems.add(new Problem(path, message));
		}

	}

}
