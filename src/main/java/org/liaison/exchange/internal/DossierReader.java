package org.liaison.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.activity.ActivityData;
import org.liaison.activity.EventData;
import org.liaison.activity.ReferenceItem;
import org.liaison.activity.EventStatus;
import org.liaison.activity.RequestData;
import org.liaison.activity.RequestStatus;
import org.liaison.agreement.AgreementData;
import org.liaison.dialogue.BodyData;
import org.liaison.dialogue.MeetingData;
import org.liaison.dialogue.StatementData;
import org.liaison.directory.OrganisationData;
import org.liaison.directory.RoleData;
import org.liaison.partner.MembershipData;
import org.liaison.partner.NarrativeData;
import org.liaison.partner.NarrativeVersionData;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerService;
import org.liaison.partner.ProfileData;
import org.liaison.partner.ProfileVersionData;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.timeline.MilestoneData;
import org.liaison.fund.OutputData;
import org.liaison.fund.ProjectData;
import org.liaison.fund.TransactionData;
import org.liaison.plan.AssessmentData;
import org.liaison.plan.NodeData;
import org.liaison.plan.PlanData;
import org.liaison.plan.RoundData;
import org.liaison.science.GrantData;
import org.liaison.science.ReportData;
import org.liaison.transit.TransitRequestData;
import org.liaison.transit.TransitStatus;
import org.liaison.transit.TransitTermsData;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.liaison.exchange.DossierService;
import org.liaison.exchange.internal.DossierJson.Item;

/**
 * Reads a whole dossier and checks it before anything is written: the format and version,
 * the partner, every section's records, and the references between them and to what
 * Liaison already holds (which {@link DossierReferences} checks). Every problem is listed
 * with its JSON path; the result says what to write only when there are none.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DossierReader {

	private final DossierJson json;

	private final PartnerService partners;

	private final DossierReferenceData referenceData;

	/** The records of a dossier, each with its path, and the problems found in it. */
	public record Dossier(NationCode nation, Item<ProfileData> profile, List<Item<OrganisationData>> organisations,
			List<Item<MembershipData>> memberships, List<Item<AgreementData>> agreements, List<Item<RoleData>> roles,
			List<Item<BodyData>> bodies, List<Item<StatementData>> statements, List<Item<MeetingData>> meetings,
			List<Item<NarrativeData>> narratives, List<Item<MilestoneData>> milestones,
			List<Item<TransitTermsData>> transitTerms, List<Item<TransitRequestData>> transitRequests,
			List<ReferenceItem> activityAreas, List<ReferenceItem> activityDisciplines,
			List<Item<ActivityData>> activities, List<Item<EventData>> events, List<Item<RequestData>> requests,
			List<Item<PlanData>> plans, List<Item<ProjectData>> funds, List<Item<GrantData>> grants,
			CarriedReferences references, List<Problem> problems) {
	}

	public Dossier read(JsonNode root) {
		List<Problem> problems = new ArrayList<>();
		if (root == null || !root.isObject()) {
			throw new InvalidInputException(List.of(new Problem("$", "A dossier is a JSON object")));
		}
		if (!DossierService.FORMAT.equals(root.path("format").asString(""))) {
			problems.add(new Problem("$.format", "must be \"" + DossierService.FORMAT + "\""));
		}
		if (root.path("version").asInt(-1) != DossierService.VERSION) {
			problems.add(new Problem("$.version", "must be " + DossierService.VERSION));
		}
		Set<String> known = Set.of("format", "version", "exportedAt", "source", "partner", "organisations",
				"memberships", "agreements", "roles", "bodies", "statements", "narratives", "milestones",
				"transitTerms", "transitRequests", "funds", "grants", "meetings", "plans", "activityAreas",
				"activityDisciplines", "activities", "events", "participationRequests", DossierReferenceData.SECTION);
		root.properties()
			.stream()
			.filter(e -> !known.contains(e.getKey()))
			.forEach(e -> problems.add(new Problem("$." + e.getKey(), "is not part of the dossier format")));

		CarriedReferences carried = referenceData.read(root, problems);
		NationCode nation = null;
		JsonNode partnerNode = root.path("partner");
		String code = partnerNode.path("nation").asString("");
		if (!NationCode.isValid(code)) {
			problems.add(new Problem("$.partner.nation", "must be an ISO 3166-1 alpha-3 code such as SRB"));
		}
		else {
			nation = NationCode.of(code);
			NationCode candidate = nation;
			NationSummary summary = partners.nations()
				.stream()
				.filter(n -> n.code().equals(candidate))
				.findFirst()
				.orElse(null);
			if (summary == null && !carried.nationCodes().contains(code)) {
				problems.add(new Problem("$.partner.nation", "'" + code + "' is not in the list of nations"));
			}
		}
		Instant partnerUpdated = DossierJson.instant(partnerNode, "$.partner", problems);
		// The profile's earlier versions travel beside its fields, as a plan's nodes do.
		JsonNode profileNode = partnerNode.path("profile");
		ObjectNode profileExtras = json.object();
		if (profileNode.isObject() && profileNode.has(DossierExport.EARLIER_VERSIONS)) {
			profileNode = profileNode.deepCopy();
			profileExtras.set(DossierExport.EARLIER_VERSIONS,
					((ObjectNode) profileNode).remove(DossierExport.EARLIER_VERSIONS));
		}
		ProfileData profile = json.convert(profileNode, "$.partner.profile", ProfileData.class, problems);
		Item<ProfileData> profileItem = profile == null ? null
				: new Item<>("$.partner.profile", profile, partnerUpdated, profileExtras);
		if (profileItem != null) {
			json.children(profileItem, DossierExport.EARLIER_VERSIONS, ProfileVersionData.class, problems);
		}

		List<Item<OrganisationData>> organisations = json.items(root, "organisations", OrganisationData.class,
				OrganisationData::refOrDefault, problems);
		List<Item<MembershipData>> memberships = json.items(root, "memberships", MembershipData.class,
				MembershipData::refOrDefault, problems);
		List<Item<AgreementData>> agreementItems = json.items(root, "agreements", AgreementData.class,
				AgreementData::refOrDefault, problems);
		List<Item<RoleData>> roles = json.items(root, "roles", RoleData.class, RoleData::refOrDefault, problems);
		List<Item<BodyData>> bodies = json.items(root, "bodies", BodyData.class, BodyData::refOrDefault, problems);
		List<Item<StatementData>> statements = json.items(root, "statements", StatementData.class,
				StatementData::refOrDefault, problems);
		List<Item<MeetingData>> meetingItems = json.items(root, "meetings", MeetingData.class,
				m -> m.ref() == null || m.ref().isBlank() ? null : m.ref(), problems);
		List<Item<NarrativeData>> narratives = json.items(root, "narratives", NarrativeData.class, NarrativeData::ref,
				problems, DossierExport.EARLIER_VERSIONS);
		narratives.forEach(i -> json.children(i, DossierExport.EARLIER_VERSIONS, NarrativeVersionData.class, problems));
		// A milestone without a date (reported already) has no default ref to compare.
		List<Item<MilestoneData>> milestones = json.items(root, "milestones", MilestoneData.class,
				m -> m.date() == null ? m.ref() : m.refOrDefault(), problems);
		List<Item<TransitTermsData>> transitTerms = json.items(root, "transitTerms", TransitTermsData.class,
				TransitTermsData::agreementRef, problems);
		List<Item<TransitRequestData>> transitRequests = json.items(root, "transitRequests", TransitRequestData.class,
				TransitRequestData::reference, problems, "status");
		List<Item<GrantData>> grants = json.items(root, "grants", GrantData.class, GrantData::refOrDefault, problems,
				"reports");
		transitRequests.forEach(i -> {
			if (i.data().agreementId() != null) {
				problems.add(new Problem(i.path() + ".agreementId",
						"name the agreement by its agreementRef, not by a database id"));
			}
			String status = i.extras().path("status").asString("");
			if (Arrays.stream(TransitStatus.values()).noneMatch(value -> value.name().equals(status))) {
				problems.add(new Problem(i.path() + ".status",
						"must be one of " + ReadFailures.allowed(TransitStatus.class)));
			}
		});
		grants.forEach(i -> json.children(i, "reports", ReportData.class, problems));
		List<ReferenceItem> areas = json.referenceItems(root, "activityAreas", problems);
		List<ReferenceItem> disciplines = json.referenceItems(root, "activityDisciplines", problems);
		List<Item<ActivityData>> activityItems = json.items(root, "activities", ActivityData.class, ActivityData::ref,
				problems);
		List<Item<EventData>> eventItems = json.items(root, "events", EventData.class, e -> null, problems,
				"activityRef", "status", "cancelReason");
		eventItems.forEach(i -> {
			if (i.extras().path("activityRef").asString("").isBlank()) {
				problems
					.add(new Problem(i.path() + ".activityRef", "is required: the reference of the event's activity"));
			}
			DossierJson.enumValue(i, "status", EventStatus.class, problems);
		});
		List<Item<RequestData>> requestItems = json.items(root, "participationRequests", RequestData.class, r -> null,
				problems, "activityRef", "eventStart", "eventCity", "eventNation", "status", "reason", "rating",
				"feedback", "requestedAt");
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
				problems.add(new Problem(i.path() + ".requestedAt",
						"is when the request was made, as 2015-02-11T09:46:00Z"));
			}
			DossierJson.enumValue(i, "status", RequestStatus.class, problems);
		});
		List<Item<PlanData>> planItems = json.items(root, "plans", PlanData.class, PlanData::refOrDefault, problems,
				"nodes", "rounds", "assessments");
		planItems.forEach(i -> {
			json.children(i, "nodes", NodeData.class, problems);
			json.children(i, "rounds", RoundData.class, problems);
			json.children(i, "assessments", AssessmentData.class, problems);
		});
		List<Item<ProjectData>> projects = json.items(root, "funds", ProjectData.class, ProjectData::refOrDefault,
				problems, "transactions", "outputs");
		projects.forEach(i -> {
			json.children(i, "transactions", TransactionData.class, problems);
			json.children(i, "outputs", OutputData.class, problems);
		});

		return new Dossier(nation, profileItem, organisations, memberships, agreementItems, roles, bodies, statements,
				meetingItems, narratives, milestones, transitTerms, transitRequests, areas, disciplines, activityItems,
				eventItems, requestItems, planItems, projects, grants, carried, problems);
	}

}
