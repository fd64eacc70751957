package org.liaison.exchange.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.activity.ActivityExport;
import org.liaison.activity.ActivitySummary;
import org.liaison.activity.EventSummary;
import org.liaison.activity.RequestSummary;
import org.liaison.agreement.AgreementSummary;
import org.liaison.dialogue.BodySummary;
import org.liaison.dialogue.MeetingExport;
import org.liaison.dialogue.StatementSummary;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.OrganisationSummary;
import org.liaison.directory.RoleSummary;
import org.liaison.partner.MembershipSummary;
import org.liaison.partner.NarrativeSummary;
import org.liaison.partner.NarrativeVersionData;
import org.liaison.partner.PartnerDetails;
import org.liaison.partner.PartnerDossier;
import org.liaison.partner.PartnerService;
import org.liaison.partner.ProfileVersionData;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.timeline.MilestoneSummary;
import org.liaison.fund.ProjectExport;
import org.liaison.plan.PlanExport;
import org.liaison.science.GrantExport;
import org.liaison.transit.TransitExport;
import org.liaison.transit.TransitTermsExport;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.liaison.exchange.DossierService;

/**
 * Writes a partner's dossier as its reader may see it: each module's records through the
 * module's own reads, so the reader's audience applies to every section, and only the
 * organisations those records name.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DossierExport {

	private final PartnerService partners;

	private final PartnerDossier partnerVersions;

	private final DirectoryService directory;

	private final ModuleDossiers modules;

	private final DossierReferenceData referenceData;

	private final JsonMapper json;

	private final Clock clock;

	/**
	 * The field of a profile and of a narrative that carries its versions before the
	 * latest, so that the page as of an earlier day survives a move.
	 */
	static final String EARLIER_VERSIONS = "earlierVersions";

	// Export

	/** The partner's record as the reader may see it. */
	public ObjectNode export(NationCode nation, Audience audience) {
		PartnerDetails partner = partners.partner(nation, audience);
		ObjectNode dossier = json.createObjectNode();
		dossier.put("format", DossierService.FORMAT);
		dossier.put("version", DossierService.VERSION);
		dossier.put("exportedAt", clock.instant().toString());
		ObjectNode partnerNode = dossier.putObject("partner");
		partnerNode.put("nation", nation.value());
		partnerNode.put("updatedAt", partner.updatedAt().toString());
		ObjectNode profile = json.valueToTree(partner.toData());
		List<ProfileVersionData> earlierProfiles = partnerVersions.earlierProfileVersions(nation, audience);
		if (!earlierProfiles.isEmpty()) {
			profile.set(EARLIER_VERSIONS, json.valueToTree(earlierProfiles));
		}
		partnerNode.set("profile", profile);

		List<RoleSummary> roles = directory.roles(nation, audience);
		ActivityExport cooperation = modules.activities().export(nation, audience);
		List<ProjectExport> projectExports = modules.funds().export(nation, audience);
		// The organisations the dossier's records name: roles, activity providers,
		// executing agents.
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
		section(dossier, "agreements", modules.agreements().export(nation, audience), AgreementSummary::toData,
				AgreementSummary::updatedAt);
		section(dossier, "roles", roles, RoleSummary::toData, RoleSummary::updatedAt);
		section(dossier, "bodies", modules.dialogue().bodies(nation, audience), BodySummary::toData,
				BodySummary::updatedAt);
		section(dossier, "statements", modules.dialogue().statements(nation, audience), StatementSummary::toData,
				StatementSummary::updatedAt);
		section(dossier, "meetings", modules.dialogue().meetings(nation, audience), MeetingExport::data,
				MeetingExport::updatedAt);
		List<NarrativeSummary> narratives = partners.narratives(nation, audience);
		section(dossier, "narratives", narratives, NarrativeSummary::toData, NarrativeSummary::updatedAt);
		Map<UUID, List<NarrativeVersionData>> earlierNarratives = partnerVersions.earlierNarrativeVersions(nation,
				audience);
		for (int i = 0; i < narratives.size(); i++) {
			List<NarrativeVersionData> earlier = earlierNarratives.getOrDefault(narratives.get(i).id(), List.of());
			if (!earlier.isEmpty()) {
				((ObjectNode) dossier.path("narratives").get(i)).set(EARLIER_VERSIONS, json.valueToTree(earlier));
			}
		}
		section(dossier, "milestones", modules.timeline().milestones(nation, audience), MilestoneSummary::toData,
				MilestoneSummary::updatedAt);
		section(dossier, "transitTerms", modules.transit().exportTerms(nation, audience), TransitTermsExport::data,
				TransitTermsExport::updatedAt);
		ArrayNode requests = dossier.putArray("transitRequests");
		for (TransitExport request : modules.transit().exportRequests(nation, audience)) {
			ObjectNode node = json.valueToTree(request.data());
			node.put("status", request.status().name());
			node.put("updatedAt", request.updatedAt().toString());
			requests.add(node);
		}
		// The menu's reference data, so that the activities' areas and disciplines import
		// anywhere.
		dossier.set("activityAreas", json.valueToTree(modules.activities().areas()));
		dossier.set("activityDisciplines", json.valueToTree(modules.activities().disciplines()));
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
		for (PlanExport plan : modules.plans().export(nation, audience)) {
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
		for (GrantExport grant : modules.science().export(nation, audience)) {
			ObjectNode node = json.valueToTree(grant.grant());
			node.set("reports", json.valueToTree(grant.reports()));
			node.put("updatedAt", grant.updatedAt().toString());
			grants.add(node);
		}
		referenceData.export(dossier);
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

}
