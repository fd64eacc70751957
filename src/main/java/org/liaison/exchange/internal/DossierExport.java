package org.liaison.exchange.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;
import org.liaison.activity.ActivityExport;
import org.liaison.activity.EventExport;
import org.liaison.activity.RequestSummary;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.RoleSummary;
import org.liaison.exchange.DossierService;
import org.liaison.fund.ProjectExport;
import org.liaison.fund.TransactionData;
import org.liaison.partner.NarrativeVersionData;
import org.liaison.partner.PartnerDetails;
import org.liaison.partner.PartnerDossier;
import org.liaison.partner.PartnerService;
import org.liaison.partner.ProfileVersionData;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.ThrowingSupplier;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a partner's dossier as its reader may see it: each module's records through the
 * module's own reads, so the reader's audience applies to every section, and only the
 * organisations those records name. The dossier is written as it is read, straight to its
 * reader, never held whole: at NATO scale it runs to tens of megabytes.
 */
@Component
public class DossierExport {

	private final PartnerService partners;

	private final PartnerDossier partnerVersions;

	private final DirectoryService directory;

	private final ModuleDossiers modules;

	private final DossierReferenceData referenceData;

	/** The application's mapper, without a flush after each record. */
	private final ObjectWriter writer;

	private final Clock clock;

	/**
	 * The field of a profile and of a narrative that carries its versions before the
	 * latest, so that the page as of an earlier day survives a move.
	 */
	static final String EARLIER_VERSIONS = "earlierVersions";

	DossierExport(PartnerService partners, PartnerDossier partnerVersions, DirectoryService directory,
			ModuleDossiers modules, DossierReferenceData referenceData, JsonMapper json, Clock clock) {
		this.partners = partners;
		this.partnerVersions = partnerVersions;
		this.directory = directory;
		this.modules = modules;
		this.referenceData = referenceData;
		this.writer = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
		this.clock = clock;
	}

	/**
	 * Writes the partner's record as the reader may see it, section by section, each
	 * record as it is turned into JSON, never a tree of the whole. The reader's right to
	 * see the partner is checked before anything is written: only then is the stream
	 * opened.
	 */
	@Transactional(readOnly = true)
	public void export(NationCode nation, Audience audience, ThrowingSupplier<OutputStream> stream) {
		PartnerDetails partner = partners.partner(nation, audience);
		try (WrittenNames dossier = new WrittenNames(writer.createGenerator(stream.get(), JsonEncoding.UTF8),
				DossierReferenceData.NAMING_FIELDS)) {
			dossier.writeStartObject();
			dossier.writeStringProperty("format", DossierService.FORMAT);
			dossier.writeNumberProperty("version", DossierService.VERSION);
			dossier.writeStringProperty("exportedAt", clock.instant().toString());
			dossier.writeName("partner");
			dossier.writeStartObject();
			dossier.writeStringProperty("nation", nation.value());
			dossier.writeStringProperty("updatedAt", partner.updatedAt().toString());
			Map<String, Object> profile = new LinkedHashMap<>();
			List<ProfileVersionData> earlierProfiles = partnerVersions.earlierProfileVersions(nation, audience);
			if (!earlierProfiles.isEmpty()) {
				profile.put(EARLIER_VERSIONS, earlierProfiles);
			}
			write(dossier, "profile", new Exported(partner.toData(), profile));
			dossier.writeEndObject();
			records(dossier, nation, audience);
			referenceData.export(dossier);
			dossier.writeEndObject();
		}
	}

	private void records(WrittenNames dossier, NationCode nation, Audience audience) {
		List<RoleSummary> roles = directory.roles(nation, audience);
		ActivityExport cooperation = modules.activities().export(nation, audience);
		List<ProjectExport> projects = modules.funds().export(nation, audience);
		// The organisations the dossier's records name: roles, activity providers,
		// executing agents, and the donors and payees of the ledgers.
		Set<String> organisationRefs = new HashSet<>();
		roles.forEach(role -> organisationRefs.add(role.organisationRef()));
		cooperation.activities().forEach(activity -> organisationRefs.add(activity.provider()));
		projects.stream()
			.flatMap(project -> Stream.concat(Stream.of(project.data().executingAgent()),
					project.transactions().stream().map(TransactionData::organisation)))
			.filter(ref -> ref != null && !ref.isBlank())
			.forEach(organisationRefs::add);
		section(dossier, "organisations",
				directory.allOrganisations(audience).stream().filter(o -> organisationRefs.contains(o.ref())),
				o -> stamped(o.toData(), o.updatedAt()));
		section(dossier, "memberships", partners.memberships(nation, audience).stream(),
				m -> stamped(m.toData(), m.updatedAt()));
		section(dossier, "agreements", modules.agreements().export(nation, audience).stream(),
				a -> stamped(a.toData(), a.updatedAt()));
		section(dossier, "roles", roles.stream(), r -> stamped(r.toData(), r.updatedAt()));
		section(dossier, "bodies", modules.dialogue().bodies(nation, audience).stream(),
				b -> stamped(b.toData(), b.updatedAt()));
		section(dossier, "statements", modules.dialogue().statements(nation, audience).stream(),
				s -> stamped(s.toData(), s.updatedAt()));
		section(dossier, "meetings", modules.dialogue().meetings(nation, audience).stream(),
				m -> stamped(m.data(), m.updatedAt()));
		Map<UUID, List<NarrativeVersionData>> earlierNarratives = partnerVersions.earlierNarrativeVersions(nation,
				audience);
		section(dossier, "narratives", partners.narratives(nation, audience).stream(), narrative -> {
			Exported exported = stamped(narrative.toData(), narrative.updatedAt());
			List<NarrativeVersionData> earlier = earlierNarratives.getOrDefault(narrative.id(), List.of());
			return earlier.isEmpty() ? exported : exported.with(EARLIER_VERSIONS, earlier);
		});
		section(dossier, "milestones", modules.timeline().milestones(nation, audience).stream(),
				m -> stamped(m.toData(), m.updatedAt()));
		section(dossier, "transitTerms", modules.transit().exportTerms(nation, audience).stream(),
				t -> stamped(t.data(), t.updatedAt()));
		section(dossier, "transitRequests", modules.transit().exportRequests(nation, audience).stream(),
				r -> new Exported(r.data()).with("status", r.status().name())
					.with("updatedAt", r.updatedAt().toString()));
		// The menu's reference data, so that the activities' areas and disciplines import
		// anywhere.
		write(dossier, "activityAreas", modules.activities().areas());
		write(dossier, "activityDisciplines", modules.activities().disciplines());
		section(dossier, "activities", cooperation.activities().stream(), a -> stamped(a.toData(), a.updatedAt()));
		section(dossier, "events", cooperation.events().stream(), DossierExport::event);
		section(dossier, "participationRequests", cooperation.requests().stream(), DossierExport::request);
		section(dossier, "plans", modules.plans().export(nation, audience).stream(),
				plan -> new Exported(plan.data()).with("nodes", plan.nodes())
					.with("rounds", plan.rounds())
					.with("assessments", plan.assessments())
					.with("updatedAt", plan.updatedAt().toString()));
		section(dossier, "funds", projects.stream(),
				project -> new Exported(project.data()).with("transactions", project.transactions())
					.with("outputs", project.outputs())
					.with("updatedAt", project.updatedAt().toString()));
		section(dossier, "grants", modules.science().export(nation, audience).stream(),
				grant -> new Exported(grant.grant()).with("reports", grant.reports())
					.with("updatedAt", grant.updatedAt().toString()));
	}

	private static Exported event(EventExport event) {
		return new Exported(event.data()).with("activityRef", event.activityRef())
			.with("status", event.status().name())
			.with("cancelReason", event.cancelReason())
			.with("updatedAt", event.updatedAt().toString());
	}

	private static Exported request(RequestSummary request) {
		return new Exported(request.toData()).with("activityRef", request.activityRef())
			.with("eventStart", request.eventStart().toString())
			.with("eventCity", request.city())
			.with("eventNation", request.eventNation().value())
			.with("status", request.status().name())
			.with("reason", request.reason())
			.with("rating", request.rating())
			.with("feedback", request.feedback())
			.with("requestedAt", request.requestedAt().toString())
			.with("updatedAt", request.updatedAt().toString());
	}

	private static Exported stamped(Object data, Instant updatedAt) {
		return new Exported(data).with("updatedAt", updatedAt.toString());
	}

	private <S> void section(JsonGenerator dossier, String name, Stream<S> records, Function<S, Exported> exported) {
		dossier.writeName(name);
		dossier.writeStartArray();
		records.forEach(record -> writer.writeValue(dossier, exported.apply(record)));
		dossier.writeEndArray();
	}

	private void write(JsonGenerator dossier, String name, Object value) {
		dossier.writeName(name);
		writer.writeValue(dossier, value);
	}

	/**
	 * A record as its section carries it: the fields of its data, then those the export
	 * adds after them (its status, when it last changed), in the order added; a field
	 * without a value is left out.
	 */
	record Exported(@JsonUnwrapped Object data, @JsonAnyGetter Map<String, Object> more) {

		Exported(Object data) {
			this(data, new LinkedHashMap<>());
		}

		Exported with(String field, @Nullable Object value) {
			if (value != null) {
				more.put(field, value);
			}
			return this;
		}

	}

}
