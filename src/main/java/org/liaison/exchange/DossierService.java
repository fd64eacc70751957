package org.liaison.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.ActivityData;
import org.liaison.activity.ActivityDossier;
import org.liaison.activity.ActivityExport;
import org.liaison.activity.ActivitySummary;
import org.liaison.activity.EventData;
import org.liaison.activity.ReferenceItem;
import org.liaison.activity.EventStatus;
import org.liaison.activity.EventSummary;
import org.liaison.activity.RequestData;
import org.liaison.activity.RequestStatus;
import org.liaison.activity.RequestSummary;
import org.liaison.agreement.AgreementData;
import org.liaison.agreement.AgreementDossier;
import org.liaison.agreement.AgreementService;
import org.liaison.agreement.AgreementSummary;
import org.liaison.agreement.AgreementTypeSummary;
import org.liaison.dialogue.BodyData;
import org.liaison.dialogue.BodySummary;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.MeetingData;
import org.liaison.dialogue.MeetingExport;
import org.liaison.dialogue.MeetingService;
import org.liaison.dialogue.StatementData;
import org.liaison.dialogue.StatementSummary;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.OrganisationData;
import org.liaison.directory.OrganisationSummary;
import org.liaison.directory.RoleData;
import org.liaison.directory.RoleSummary;
import org.liaison.partner.FrameworkSummary;
import org.liaison.partner.MembershipData;
import org.liaison.partner.MembershipSummary;
import org.liaison.partner.NarrativeData;
import org.liaison.partner.NarrativeSummary;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerDetails;
import org.liaison.partner.PartnerService;
import org.liaison.partner.ProfileData;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordData;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.timeline.MilestoneData;
import org.liaison.timeline.MilestoneSummary;
import org.liaison.timeline.TimelineService;
import org.liaison.fund.FundService;
import org.liaison.fund.OutputData;
import org.liaison.fund.ProjectData;
import org.liaison.fund.ProjectExport;
import org.liaison.fund.TransactionData;
import org.liaison.plan.AssessmentData;
import org.liaison.plan.NodeData;
import org.liaison.plan.PlanData;
import org.liaison.plan.PlanExport;
import org.liaison.plan.PlanService;
import org.liaison.plan.RoundData;
import org.liaison.science.GrantData;
import org.liaison.science.GrantExport;
import org.liaison.science.ReportData;
import org.liaison.science.ScienceService;
import org.liaison.transit.TransitExport;
import org.liaison.transit.TransitRequestData;
import org.liaison.transit.TransitService;
import org.liaison.transit.TransitStatus;
import org.liaison.transit.TransitTermsData;
import org.liaison.transit.TransitTermsExport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports and imports the partnership dossier. An import reads and checks the whole document
 * first and reports every problem with its JSON path; only a document without problems is
 * written, in one transaction, so a failure leaves the record as it was.
 */
@Service
public class DossierService {

	public static final String FORMAT = "liaison-dossier";

	public static final int VERSION = 1;

	private final PartnerService partners;

	private final DirectoryService directory;

	private final AgreementService agreements;

	private final AgreementDossier agreementDossier;

	private final DialogueService dialogue;

	private final TimelineService timeline;

	private final TransitService transit;

	private final ScienceService science;

	private final FundService funds;

	private final MeetingService meetings;

	private final PlanService plans;

	private final ActivityDossier activities;

	private final Validator validator;

	private final JsonMapper json;

	private final JsonMapper strictJson;

	private final Clock clock;

	DossierService(PartnerService partners, DirectoryService directory, AgreementService agreements,
			AgreementDossier agreementDossier,
			DialogueService dialogue, TimelineService timeline, TransitService transit, ScienceService science,
			FundService funds, MeetingService meetings, PlanService plans, ActivityDossier activities,
			Validator validator, JsonMapper json, Clock clock) {
		this.partners = partners;
		this.directory = directory;
		this.agreements = agreements;
		this.agreementDossier = agreementDossier;
		this.dialogue = dialogue;
		this.timeline = timeline;
		this.transit = transit;
		this.science = science;
		this.funds = funds;
		this.meetings = meetings;
		this.plans = plans;
		this.activities = activities;
		this.validator = validator;
		this.json = json;
		// A field the format does not know is a mistake worth reporting, not something to drop.
		this.strictJson = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		this.clock = clock;
	}

	// Export

	/** The partner's record as the reader may see it. */
	@Transactional(readOnly = true)
	public ObjectNode export(NationCode nation, Audience audience) {
		PartnerDetails partner = partners.partner(nation, audience);
		ObjectNode dossier = json.createObjectNode();
		dossier.put("format", FORMAT);
		dossier.put("version", VERSION);
		dossier.put("exportedAt", clock.instant().toString());
		ObjectNode partnerNode = dossier.putObject("partner");
		partnerNode.put("nation", nation.value());
		partnerNode.put("updatedAt", partner.updatedAt().toString());
		partnerNode.set("profile", json.valueToTree(partner.toData()));

		List<RoleSummary> roles = directory.roles(nation, audience);
		ActivityExport cooperation = activities.export(nation, audience);
		List<ProjectExport> projectExports = funds.exportProjects(nation, audience);
		// The organisations the dossier's records name: roles, activity providers, executing agents.
		Set<String> organisationRefs = new HashSet<>();
		roles.forEach(role -> organisationRefs.add(role.organisationRef()));
		cooperation.activities().forEach(activity -> organisationRefs.add(activity.provider()));
		projectExports.stream()
			.map(project -> project.data().executingAgent())
			.filter(agent -> agent != null && !agent.isBlank())
			.forEach(organisationRefs::add);
		List<OrganisationSummary> organisations = directory.allOrganisations(audience)
			.stream()
			.filter(o -> organisationRefs.contains(o.ref()))
			.toList();

		section(dossier, "organisations", organisations, OrganisationSummary::toData, OrganisationSummary::updatedAt);
		section(dossier, "memberships", partners.memberships(nation, audience), MembershipSummary::toData,
				MembershipSummary::updatedAt);
		section(dossier, "agreements", agreementDossier.export(nation, audience), AgreementSummary::toData,
				AgreementSummary::updatedAt);
		section(dossier, "roles", roles, RoleSummary::toData, RoleSummary::updatedAt);
		section(dossier, "bodies", dialogue.bodies(nation, audience), BodySummary::toData, BodySummary::updatedAt);
		section(dossier, "statements", dialogue.allStatements(nation, audience), StatementSummary::toData,
				StatementSummary::updatedAt);
		section(dossier, "meetings", meetings.exportMeetings(nation, audience), MeetingExport::data,
				MeetingExport::updatedAt);
		section(dossier, "narratives", partners.narratives(nation, audience), NarrativeSummary::toData,
				NarrativeSummary::updatedAt);
		section(dossier, "milestones",
				timeline.timeline(nation, audience).stream().filter(m -> !m.derived()).toList(),
				MilestoneSummary::toData, MilestoneSummary::updatedAt);
		section(dossier, "transitTerms", transit.exportTerms(nation, audience), TransitTermsExport::data,
				TransitTermsExport::updatedAt);
		ArrayNode requests = dossier.putArray("transitRequests");
		for (TransitExport request : transit.exportRequests(nation, audience)) {
			ObjectNode node = json.valueToTree(request.data());
			node.put("status", request.status().name());
			node.put("updatedAt", request.updatedAt().toString());
			requests.add(node);
		}
		// The menu's reference data, so that the activities' areas and disciplines import anywhere.
		dossier.set("activityAreas", json.valueToTree(activities.areas()));
		dossier.set("activityDisciplines", json.valueToTree(activities.disciplines()));
		section(dossier, "activities", cooperation.activities(), ActivitySummary::toData, ActivitySummary::updatedAt);
		ArrayNode events = dossier.putArray("events");
		for (EventSummary event : cooperation.events()) {
			ObjectNode node = json.valueToTree(event.toData());
			node.put("activityRef", event.activityRef());
			node.put("status", event.status().name());
			if (event.cancelReason() != null) {
				node.put("cancelReason", event.cancelReason());
			}
			node.put("updatedAt", event.updatedAt().toString());
			events.add(node);
		}
		ArrayNode participation = dossier.putArray("participationRequests");
		for (RequestSummary request : cooperation.requests()) {
			ObjectNode node = json.valueToTree(request.toData());
			node.put("activityRef", request.activityRef());
			node.put("eventStart", request.eventStart().toString());
			node.put("eventCity", request.city());
			node.put("eventNation", request.eventNation().value());
			node.put("status", request.status().name());
			if (request.reason() != null) {
				node.put("reason", request.reason());
			}
			if (request.rating() != null) {
				node.put("rating", request.rating());
			}
			if (request.feedback() != null) {
				node.put("feedback", request.feedback());
			}
			node.put("requestedAt", request.requestedAt().toString());
			node.put("updatedAt", request.updatedAt().toString());
			participation.add(node);
		}
		ArrayNode planNodes = dossier.putArray("plans");
		for (PlanExport plan : plans.exportPlans(nation, audience)) {
			ObjectNode node = json.valueToTree(plan.data());
			node.set("nodes", json.valueToTree(plan.nodes()));
			node.set("rounds", json.valueToTree(plan.rounds()));
			node.set("assessments", json.valueToTree(plan.assessments()));
			node.put("updatedAt", plan.updatedAt().toString());
			planNodes.add(node);
		}
		ArrayNode projects = dossier.putArray("funds");
		for (ProjectExport project : projectExports) {
			ObjectNode node = json.valueToTree(project.data());
			node.set("transactions", json.valueToTree(project.transactions()));
			node.set("outputs", json.valueToTree(project.outputs()));
			node.put("updatedAt", project.updatedAt().toString());
			projects.add(node);
		}
		ArrayNode grants = dossier.putArray("grants");
		for (GrantExport grant : science.exportGrants(nation, audience)) {
			ObjectNode node = json.valueToTree(grant.grant());
			node.set("reports", json.valueToTree(grant.reports()));
			node.put("updatedAt", grant.updatedAt().toString());
			grants.add(node);
		}
		return dossier;
	}

	private <S> void section(ObjectNode dossier, String name, List<S> records, Function<S, ?> data,
			Function<S, Instant> updatedAt) {
		ArrayNode array = dossier.putArray(name);
		for (S record : records) {
			ObjectNode node = json.valueToTree(data.apply(record));
			node.put("updatedAt", updatedAt.apply(record).toString());
			array.add(node);
		}
	}

	// Import

	/**
	 * Imports a dossier, all or nothing.
	 * @throws InvalidInputException listing every problem, each with its JSON path
	 */
	@Transactional
	public ImportReport importDossier(JsonNode dossier) {
		Dossier read = read(dossier);
		List<Problem> problems = new ArrayList<>(read.problems());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Counter counter = new Counter();
		NationCode nation = read.nation();
		write(problems, "$.partner", counter, () -> partners.importPartner(nation, read.profile().data(), read.profile().updatedAt()));
		read.organisations().forEach(i -> write(problems, i.path(), counter,
				() -> directory.importOrganisation(i.data(), i.updatedAt())));
		read.memberships().forEach(i -> write(problems, i.path(), counter,
				() -> partners.importMembership(nation, i.data(), i.updatedAt())));
		read.agreements().forEach(i -> write(problems, i.path(), counter,
				() -> agreementDossier.importAgreement(nation, i.data(), i.updatedAt())));
		read.roles().forEach(i -> write(problems, i.path(), counter,
				() -> directory.importRole(nation, i.data(), i.updatedAt())));
		read.bodies().forEach(i -> write(problems, i.path(), counter,
				() -> dialogue.importBody(nation, i.data(), i.updatedAt())));
		read.statements().forEach(i -> write(problems, i.path(), counter,
				() -> dialogue.importStatement(nation, i.data(), i.updatedAt())));
		read.meetings().forEach(i -> write(problems, i.path(), counter,
				() -> meetings.importMeeting(nation, i.data(), i.updatedAt())));
		read.narratives().forEach(i -> write(problems, i.path(), counter,
				() -> partners.importNarrative(nation, i.data(), i.updatedAt())));
		read.milestones().forEach(i -> write(problems, i.path(), counter,
				() -> timeline.importMilestone(nation, i.data(), i.updatedAt())));
		read.transitTerms().forEach(i -> write(problems, i.path(), counter,
				() -> transit.importTerms(nation, i.data(), i.updatedAt())));
		read.transitRequests().forEach(i -> write(problems, i.path(), counter,
				() -> transit.importRequest(nation, i.data(), i.extras().path("status").asString(""), i.updatedAt())));
		read.activityAreas().forEach(item -> write(problems, "$.activityAreas", counter, () -> activities.putArea(item)));
		read.activityDisciplines()
			.forEach(item -> write(problems, "$.activityDisciplines", counter, () -> activities.putDiscipline(item)));
		read.activities().forEach(i -> write(problems, i.path(), counter, () -> activities.importActivity(i.data(), i.updatedAt())));
		read.events().forEach(i -> write(problems, i.path(), counter, () -> activities.importEvent(
				i.extras().path("activityRef").asString(""), i.data(), EventStatus.valueOf(i.extras().path("status").asString("PLANNED")),
				text(i.extras(), "cancelReason"), i.updatedAt())));
		read.requests().forEach(i -> write(problems, i.path(), counter, () -> activities.importRequest(nation,
				i.extras().path("activityRef").asString(""), LocalDate.parse(i.extras().path("eventStart").asString()),
				i.extras().path("eventCity").asString(""), NationCode.of(i.extras().path("eventNation").asString("")), i.data(),
				RequestStatus.valueOf(i.extras().path("status").asString("REQUESTED")), text(i.extras(), "reason"),
				i.extras().path("rating").isNumber() ? i.extras().path("rating").asInt() : null, text(i.extras(), "feedback"),
				Instant.parse(i.extras().path("requestedAt").asString()), i.updatedAt())));
		read.plans().forEach(i -> write(problems, i.path(), counter, () -> plans.importPlan(nation, i.data(),
				children(i, "nodes", NodeData.class, problems), children(i, "assessments", AssessmentData.class, problems),
				children(i, "rounds", RoundData.class, problems), i.updatedAt())));
		read.funds().forEach(i -> write(problems, i.path(), counter, () -> funds.importProject(nation, i.data(),
				children(i, "transactions", TransactionData.class, problems),
				children(i, "outputs", OutputData.class, problems), i.updatedAt())));
		read.grants().forEach(i -> write(problems, i.path(), counter, () -> science.importGrant(nation, i.data(),
				children(i, "reports", ReportData.class, problems), i.updatedAt())));
		if (!problems.isEmpty()) {
			// Thrown out of the transaction, so nothing written above is kept.
			throw new InvalidInputException(problems);
		}
		return new ImportReport(nation, counter.written, counter.unchanged);
	}

	private interface Write {

		boolean run();

	}

	private static final class Counter {

		int written;

		int unchanged;

	}

	private static void write(List<Problem> problems, String path, Counter counter, Write write) {
		try {
			if (write.run()) {
				counter.written++;
			}
			else {
				counter.unchanged++;
			}
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(p -> problems.add(new Problem(join(path, p.field()), p.message())));
		}
		catch (RecordNotFoundException | RuleViolationException ex) {
			// A record it names is missing, or a rule refused it: a problem of the dossier, listed with the rest.
			problems.add(new Problem(path, ex.getMessage()));
		}
	}

	// Reading and checking

	/**
	 * One record of the dossier: its data, its time of last change, and the fields that travel
	 * with it but are not part of its data (a grant's reports, a transit request's status).
	 */
	record Item<T>(String path, T data, @Nullable Instant updatedAt, ObjectNode extras) {
	}

	record Dossier(NationCode nation, Item<ProfileData> profile, List<Item<OrganisationData>> organisations,
			List<Item<MembershipData>> memberships, List<Item<AgreementData>> agreements, List<Item<RoleData>> roles,
			List<Item<BodyData>> bodies, List<Item<StatementData>> statements, List<Item<MeetingData>> meetings,
			List<Item<NarrativeData>> narratives,
			List<Item<MilestoneData>> milestones, List<Item<TransitTermsData>> transitTerms,
			List<Item<TransitRequestData>> transitRequests, List<ReferenceItem> activityAreas,
			List<ReferenceItem> activityDisciplines, List<Item<ActivityData>> activities,
			List<Item<EventData>> events, List<Item<RequestData>> requests, List<Item<PlanData>> plans,
			List<Item<ProjectData>> funds,
			List<Item<GrantData>> grants,
			List<Problem> problems) {
	}

	private Dossier read(JsonNode root) {
		List<Problem> problems = new ArrayList<>();
		if (root == null || !root.isObject()) {
			throw new InvalidInputException(List.of(new Problem("$", "A dossier is a JSON object")));
		}
		if (!FORMAT.equals(root.path("format").asString(""))) {
			problems.add(new Problem("$.format", "must be \"" + FORMAT + "\""));
		}
		if (root.path("version").asInt(-1) != VERSION) {
			problems.add(new Problem("$.version", "must be " + VERSION));
		}
		Set<String> known = Set.of("format", "version", "exportedAt", "source", "partner", "organisations",
				"memberships", "agreements", "roles", "bodies", "statements", "narratives", "milestones", "transitTerms",
				"transitRequests", "funds", "grants", "meetings", "plans", "activityAreas",
				"activityDisciplines", "activities", "events", "participationRequests");
		root.properties()
			.stream()
			.filter(e -> !known.contains(e.getKey()))
			.forEach(e -> problems.add(new Problem("$." + e.getKey(), "is not part of the dossier format")));

		NationCode nation = null;
		JsonNode partnerNode = root.path("partner");
		String code = partnerNode.path("nation").asString("");
		if (!NationCode.isValid(code)) {
			problems.add(new Problem("$.partner.nation", "must be an ISO 3166-1 alpha-3 code such as SRB"));
		}
		else {
			nation = NationCode.of(code);
			NationCode candidate = nation;
			NationSummary summary = partners.nations().stream().filter(n -> n.code().equals(candidate)).findFirst().orElse(null);
			if (summary == null) {
				problems.add(new Problem("$.partner.nation", "'" + code + "' is not in the list of nations"));
			}
			else if (summary.ally()) {
				problems.add(new Problem("$.partner.nation", summary.name() + " is an Ally, not a partner"));
			}
		}
		Instant partnerUpdated = instant(partnerNode, "$.partner", problems);
		ProfileData profile = convert(partnerNode.path("profile"), "$.partner.profile", ProfileData.class, problems);
		Item<ProfileData> profileItem = profile == null ? null
				: new Item<>("$.partner.profile", profile, partnerUpdated, json.createObjectNode());

		List<Item<OrganisationData>> organisations = items(root, "organisations", OrganisationData.class, OrganisationData::refOrDefault, problems);
		List<Item<MembershipData>> memberships = items(root, "memberships", MembershipData.class, MembershipData::refOrDefault, problems);
		List<Item<AgreementData>> agreementItems = items(root, "agreements", AgreementData.class, AgreementData::refOrDefault, problems);
		List<Item<RoleData>> roles = items(root, "roles", RoleData.class, RoleData::refOrDefault, problems);
		List<Item<BodyData>> bodies = items(root, "bodies", BodyData.class, BodyData::refOrDefault, problems);
		List<Item<StatementData>> statements = items(root, "statements", StatementData.class, StatementData::refOrDefault, problems);
		List<Item<MeetingData>> meetingItems = items(root, "meetings", MeetingData.class,
				m -> m.ref() == null || m.ref().isBlank() ? null : m.ref(), problems);
		List<Item<NarrativeData>> narratives = items(root, "narratives", NarrativeData.class, NarrativeData::ref, problems);
		List<Item<MilestoneData>> milestones = items(root, "milestones", MilestoneData.class, MilestoneData::refOrDefault, problems);
		List<Item<TransitTermsData>> transitTerms = items(root, "transitTerms", TransitTermsData.class,
				TransitTermsData::agreementRef, problems);
		List<Item<TransitRequestData>> transitRequests = items(root, "transitRequests", TransitRequestData.class,
				TransitRequestData::reference, problems, "status");
		List<Item<GrantData>> grants = items(root, "grants", GrantData.class, GrantData::refOrDefault, problems,
				"reports");
		transitRequests.forEach(i -> {
			if (i.data().agreementId() != null) {
				problems.add(new Problem(i.path() + ".agreementId", "name the agreement by its agreementRef, not by a database id"));
			}
			String status = i.extras().path("status").asString("");
			if (java.util.Arrays.stream(TransitStatus.values()).noneMatch(value -> value.name().equals(status))) {
				problems.add(new Problem(i.path() + ".status", "must be one of " + java.util.Arrays.toString(TransitStatus.values())));
			}
		});
		grants.forEach(i -> children(i, "reports", ReportData.class, problems));
		List<ReferenceItem> areas = referenceItems(root, "activityAreas", problems);
		List<ReferenceItem> disciplines = referenceItems(root, "activityDisciplines", problems);
		List<Item<ActivityData>> activityItems = items(root, "activities", ActivityData.class, ActivityData::ref, problems);
		List<Item<EventData>> eventItems = items(root, "events", EventData.class, e -> null, problems, "activityRef",
				"status", "cancelReason");
		eventItems.forEach(i -> {
			if (i.extras().path("activityRef").asString("").isBlank()) {
				problems.add(new Problem(i.path() + ".activityRef", "is required: the reference of the event's activity"));
			}
			enumValue(i, "status", EventStatus.class, problems);
		});
		List<Item<RequestData>> requestItems = items(root, "participationRequests", RequestData.class, r -> null,
				problems, "activityRef", "eventStart", "eventCity", "eventNation", "status", "reason", "rating", "feedback",
				"requestedAt");
		requestItems.forEach(i -> {
			for (String field : List.of("activityRef", "eventCity")) {
				if (i.extras().path(field).asString("").isBlank()) {
					problems.add(new Problem(i.path() + "." + field, "is required"));
				}
			}
			try {
				LocalDate.parse(i.extras().path("eventStart").asString(""));
			}
			catch (DateTimeParseException ex) {
				problems.add(new Problem(i.path() + ".eventStart", "is the event's first day, as 2015-03-09"));
			}
			if (!NationCode.isValid(i.extras().path("eventNation").asString(""))) {
				problems.add(new Problem(i.path() + ".eventNation", "is the nation code of the event's place"));
			}
			try {
				Instant.parse(i.extras().path("requestedAt").asString(""));
			}
			catch (DateTimeParseException ex) {
				problems.add(new Problem(i.path() + ".requestedAt", "is when the request was made, as 2015-02-11T09:46:00Z"));
			}
			enumValue(i, "status", RequestStatus.class, problems);
		});
		List<Item<PlanData>> planItems = items(root, "plans", PlanData.class, PlanData::refOrDefault, problems,
				"nodes", "rounds", "assessments");
		planItems.forEach(i -> {
			children(i, "nodes", NodeData.class, problems);
			children(i, "rounds", RoundData.class, problems);
			children(i, "assessments", AssessmentData.class, problems);
		});
		List<Item<ProjectData>> projects = items(root, "funds", ProjectData.class, ProjectData::refOrDefault, problems,
				"transactions", "outputs");
		projects.forEach(i -> {
			children(i, "transactions", TransactionData.class, problems);
			children(i, "outputs", OutputData.class, problems);
			String agent = i.data().executingAgent();
			if (agent != null && !agent.isBlank() && organisations.stream().noneMatch(o -> o.data().refOrDefault().equals(agent))
					&& directory.organisationByRef(agent, Audience.alliance()).isEmpty()) {
				problems.add(new Problem(i.path() + ".executingAgent", "names no organisation of the dossier or of Liaison: '" + agent + "'"));
			}
		});

		checkReferences(organisations, memberships, agreementItems, roles, problems);
		return new Dossier(nation, profileItem, organisations, memberships, agreementItems, roles, bodies, statements,
				meetingItems, narratives, milestones, transitTerms, transitRequests, areas, disciplines, activityItems, eventItems,
				requestItems, planItems, projects, grants, problems);
	}

	private void checkReferences(List<Item<OrganisationData>> organisations, List<Item<MembershipData>> memberships,
			List<Item<AgreementData>> agreementItems, List<Item<RoleData>> roles, List<Problem> problems) {
		Set<String> nations = new HashSet<>();
		partners.nations().forEach(n -> nations.add(n.code().value()));
		Set<String> frameworks = new HashSet<>();
		partners.frameworks().stream().map(FrameworkSummary::code).forEach(frameworks::add);
		Set<String> types = new HashSet<>();
		agreements.types().stream().map(AgreementTypeSummary::code).forEach(types::add);
		Set<String> organisationRefs = new HashSet<>();
		organisations.forEach(o -> organisationRefs.add(o.data().refOrDefault()));

		for (Item<OrganisationData> item : organisations) {
			if (item.data().nation() != null && !nations.contains(item.data().nation().value())) {
				problems.add(new Problem(item.path() + ".nation", "'" + item.data().nation() + "' is not in the list of nations"));
			}
		}
		for (Item<MembershipData> item : memberships) {
			if (!frameworks.contains(item.data().framework())) {
				problems.add(new Problem(item.path() + ".framework", "'" + item.data().framework() + "' is not a known framework"));
			}
		}
		for (Item<AgreementData> item : agreementItems) {
			if (!types.contains(item.data().type())) {
				problems.add(new Problem(item.path() + ".type", "'" + item.data().type() + "' is not a known agreement type"));
			}
			for (int i = 0; i < item.data().parties().size(); i++) {
				NationCode party = item.data().parties().get(i).nation();
				if (party != null && !nations.contains(party.value())) {
					problems.add(new Problem(item.path() + ".parties[" + i + "].nation", "'" + party + "' is not in the list of nations"));
				}
			}
		}
		for (Item<RoleData> item : roles) {
			String ref = item.data().organisationRef();
			if (!organisationRefs.contains(ref) && directory.organisationByRef(ref, Audience.alliance()).isEmpty()) {
				problems.add(new Problem(item.path() + ".organisationRef",
						"names no organisation of the dossier or of Liaison: '" + ref + "'"));
			}
		}
	}

	private <T> List<Item<T>> items(JsonNode root, String name, Class<T> type, Function<T, String> ref,
			List<Problem> problems, String... extraFields) {
		JsonNode array = root.get(name);
		if (array == null || array.isNull()) {
			return List.of();
		}
		if (!array.isArray()) {
			problems.add(new Problem("$." + name, "must be a list"));
			return List.of();
		}
		List<Item<T>> items = new ArrayList<>();
		Set<String> refs = new LinkedHashSet<>();
		for (int i = 0; i < array.size(); i++) {
			String path = "$." + name + "[" + i + "]";
			JsonNode node = array.get(i);
			if (!node.isObject()) {
				problems.add(new Problem(path, "must be an object"));
				continue;
			}
			Instant updatedAt = instant(node, path, problems);
			ObjectNode extras = json.createObjectNode();
			ObjectNode fields = ((ObjectNode) node).deepCopy();
			fields.remove("updatedAt");
			for (String extra : extraFields) {
				JsonNode value = fields.remove(extra);
				if (value != null) {
					extras.set(extra, value);
				}
			}
			T data = convert(fields, path, type, problems);
			if (data == null) {
				continue;
			}
			String key = ref.apply(data);
			if (key != null && !refs.add(key)) {
				problems.add(new Problem(path + ".ref", "'" + key + "' is used twice in " + name));
			}
			// Kept even without a valid updatedAt, so that its references are checked too; a
			// dossier with any problem is never written.
			items.add(new Item<>(path, data, updatedAt, extras));
		}
		return items;
	}

	/**
	 * The records that travel inside another (a grant's reports, a project's ledger and outputs),
	 * each checked like a record of its own.
	 */
	private <T> List<T> children(Item<?> parent, String name, Class<T> type, List<Problem> problems) {
		JsonNode array = parent.extras().path(name);
		List<T> children = new ArrayList<>();
		if (array.isMissingNode() || array.isNull()) {
			return children;
		}
		if (!array.isArray()) {
			problems.add(new Problem(parent.path() + "." + name, "must be a list"));
			return children;
		}
		for (int i = 0; i < array.size(); i++) {
			T child = convert(array.get(i), parent.path() + "." + name + "[" + i + "]", type, problems);
			if (child != null) {
				children.add(child);
			}
		}
		return children;
	}

	private <T> T convert(JsonNode node, String path, Class<T> type, List<Problem> problems) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			problems.add(new Problem(path, "is required"));
			return null;
		}
		T data;
		try {
			data = strictJson.treeToValue(node, type);
		}
		catch (JacksonException ex) {
			problems.add(new Problem(path + where(ex), describe(ex)));
			return null;
		}
		for (ConstraintViolation<T> violation : validator.validate(data)) {
			problems.add(new Problem(join(path, violation.getPropertyPath().toString()), violation.getMessage()));
		}
		if (data instanceof RecordData record) {
			record.problems().forEach(p -> problems.add(new Problem(join(path, p.field()), p.message())));
		}
		return data;
	}

	/** Reference data: code and name, no time of change of its own. */
	private List<ReferenceItem> referenceItems(JsonNode root, String name, List<Problem> problems) {
		JsonNode array = root.get(name);
		List<ReferenceItem> items = new ArrayList<>();
		if (array == null || array.isNull()) {
			return items;
		}
		if (!array.isArray()) {
			problems.add(new Problem("$." + name, "must be a list"));
			return items;
		}
		for (int i = 0; i < array.size(); i++) {
			ReferenceItem item = convert(array.get(i), "$." + name + "[" + i + "]", ReferenceItem.class, problems);
			if (item != null) {
				items.add(item);
			}
		}
		return items;
	}

	private static <E extends Enum<E>> void enumValue(Item<?> item, String field, Class<E> type, List<Problem> problems) {
		String value = item.extras().path(field).asString("");
		if (java.util.Arrays.stream(type.getEnumConstants()).noneMatch(constant -> constant.name().equals(value))) {
			problems.add(new Problem(item.path() + "." + field,
					"must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
		}
	}

	private static @Nullable String text(ObjectNode node, String field) {
		String value = node.path(field).asString("");
		return value.isBlank() ? null : value;
	}

	private static Instant instant(JsonNode node, String path, List<Problem> problems) {
		String text = node.path("updatedAt").asString("");
		if (text.isEmpty()) {
			problems.add(new Problem(path + ".updatedAt", "is required: when the record last changed, as 2015-02-11T09:46:00Z"));
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem(path + ".updatedAt", "is not an instant such as 2015-02-11T09:46:00Z: '" + text + "'"));
			return null;
		}
	}

	private static String where(JacksonException ex) {
		return ex.getPath()
			.stream()
			.map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.reduce("", String::concat);
	}

	private static String describe(JacksonException ex) {
		String message = ex.getOriginalMessage();
		int classMention = message.indexOf(" (class ");
		if (classMention > 0) {
			message = message.substring(0, classMention);
		}
		Throwable cause = ex.getCause();
		if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
			message = cause.getMessage();
		}
		return message.replaceAll("`[a-z]+(\\.[a-zA-Z]+)+(\\$[a-zA-Z]+)?`", "the value");
	}

	private static String join(String path, String field) {
		return field == null || field.isEmpty() ? path : path + "." + field;
	}

}
