package org.liaison.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.activity.DossierActivity;
import org.liaison.activity.DossierEvent;
import org.liaison.activity.DossierRequest;
import org.liaison.activity.EventStatus;
import org.liaison.activity.RequestData;
import org.liaison.activity.RequestStatus;
import org.liaison.directory.DirectoryDossier;
import org.liaison.partner.NarrativeVersionData;
import org.liaison.partner.PartnerDossier;
import org.liaison.partner.ProfileVersionData;
import org.liaison.shared.BatchImport;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.fund.OutputData;
import org.liaison.fund.TransactionData;
import org.liaison.plan.AssessmentData;
import org.liaison.plan.NodeData;
import org.liaison.plan.RoundData;
import org.liaison.science.ReportData;
import org.liaison.timeline.DossierMilestone;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.liaison.exchange.ImportReport;
import org.liaison.exchange.internal.DossierJson.Item;
import org.liaison.exchange.internal.DossierReader.Dossier;

/**
 * Writes a checked dossier through each module's own import, in the order its references
 * need (organisations before the roles that name them, activities before their events).
 * Each module upserts by natural key and says whether it wrote anything; a problem a
 * module finds is listed with the record's path, and any problem undoes the whole import.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DossierImport {

	private final PartnerDossier partners;

	private final DirectoryDossier directory;

	private final ModuleDossiers modules;

	private final DossierReader reader;

	private final DossierReferences references;

	private final DossierReferenceData referenceData;

	private final DossierJson json;

	/**
	 * Imports a dossier, all or nothing.
	 * @throws InvalidInputException listing every problem, each with its JSON path
	 */
	public ImportReport importDossier(JsonNode dossier) {
		Dossier read = reader.read(dossier);
		List<Problem> problems = new ArrayList<>(read.problems());
		problems.addAll(references.check(read));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Writes writes = new Writes(problems);
		try {
			writes.written += referenceData.importMissing(read.references());
		}
		catch (InvalidInputException ex) {
			ex.problems()
				.forEach(p -> problems
					.add(new Problem(DossierJson.join("$." + DossierReferenceData.SECTION, p.field()), p.message())));
			throw new InvalidInputException(problems);
		}
		NationCode nation = read.nation();
		writes.write("$.partner",
				() -> partners.importPartner(nation, read.profile().data(), json.children(read.profile(),
						DossierExport.EARLIER_VERSIONS, ProfileVersionData.class, problems),
						read.profile().updatedAt()));
		writes.each(read.organisations(), i -> directory.importOrganisation(i.data(), i.updatedAt()));
		writes.each(read.memberships(), i -> partners.importMembership(nation, i.data(), i.updatedAt()));
		writes.each(read.agreements(), i -> modules.agreements().importAgreement(nation, i.data(), i.updatedAt()));
		writes.each(read.roles(), i -> directory.importRole(nation, i.data(), i.updatedAt()));
		writes.each(read.bodies(), i -> modules.dialogue().importBody(nation, i.data(), i.updatedAt()));
		writes.each(read.statements(), i -> modules.dialogue().importStatement(nation, i.data(), i.updatedAt()));
		writes.each(read.meetings(), i -> modules.dialogue().importMeeting(nation, i.data(), i.updatedAt()));
		writes.each(read.narratives(), i -> partners.importNarrative(nation, i.data(),
				json.children(i, DossierExport.EARLIER_VERSIONS, NarrativeVersionData.class, problems), i.updatedAt()));
		writes.all(read.milestones(), modules.timeline()
			.importMilestones(nation,
					read.milestones().stream().map(i -> new DossierMilestone(i.data(), i.updatedAt())).toList()));
		writes.each(read.transitTerms(), i -> modules.transit().importTerms(nation, i.data(), i.updatedAt()));
		writes.each(read.transitRequests(), i -> modules.transit()
			.importRequest(nation, i.data(), i.extras().path("status").asString(""), i.updatedAt()));
		read.activityAreas().forEach(item -> writes.write("$.activityAreas", () -> modules.activities().putArea(item)));
		read.activityDisciplines()
			.forEach(item -> writes.write("$.activityDisciplines", () -> modules.activities().putDiscipline(item)));
		writes.all(read.activities(), modules.activities()
			.importActivities(
					read.activities().stream().map(i -> new DossierActivity(i.data(), i.updatedAt())).toList()));
		writes.all(read.events(),
				modules.activities()
					.importEvents(read.events()
						.stream()
						.map(i -> new DossierEvent(i.extras().path("activityRef").asString(""), i.data(),
								EventStatus.valueOf(i.extras().path("status").asString("PLANNED")),
								DossierJson.text(i.extras(), "cancelReason"), i.updatedAt()))
						.toList()));
		writes.all(read.requests(), modules.activities()
			.importRequests(nation, read.requests().stream().map(DossierImport::request).toList()));
		writes.each(read.plans(),
				i -> modules.plans()
					.importPlan(nation, i.data(), json.children(i, "nodes", NodeData.class, problems),
							json.children(i, "assessments", AssessmentData.class, problems),
							json.children(i, "rounds", RoundData.class, problems), i.updatedAt()));
		writes.each(read.funds(),
				i -> modules.funds()
					.importProject(nation, i.data(), json.children(i, "transactions", TransactionData.class, problems),
							json.children(i, "outputs", OutputData.class, problems), i.updatedAt()));
		writes.each(read.grants(), i -> modules.science()
			.importGrant(nation, i.data(), json.children(i, "reports", ReportData.class, problems), i.updatedAt()));
		if (!problems.isEmpty()) {
			// Thrown out of the transaction, so nothing written above is kept.
			throw new InvalidInputException(problems);
		}
		return new ImportReport(nation, writes.written, writes.unchanged);
	}

	private static DossierRequest request(Item<RequestData> i) {
		ObjectNode extras = i.extras();
		return new DossierRequest(extras.path("activityRef").asString(""),
				LocalDate.parse(extras.path("eventStart").asString()), extras.path("eventCity").asString(""),
				NationCode.of(extras.path("eventNation").asString("")), i.data(),
				RequestStatus.valueOf(extras.path("status").asString("REQUESTED")), DossierJson.text(extras, "reason"),
				extras.path("rating").isNumber() ? extras.path("rating").asInt() : null,
				DossierJson.text(extras, "feedback"), Instant.parse(extras.path("requestedAt").asString()),
				i.updatedAt());
	}

	/** A write through a module's import; answers whether it wrote anything. */
	private interface Write {

		boolean run();

	}

	private interface ItemWrite<T> {

		boolean run(Item<T> item);

	}

	/**
	 * The writes of one import: how many wrote a record and how many found it as it was,
	 * and every problem a module found, listed with the path of the record it concerns.
	 */
	@RequiredArgsConstructor
	private static final class Writes {

		private final List<Problem> problems;

		int written;

		int unchanged;

		/** Writes each item through the module's import, each with its own path. */
		<T> void each(List<Item<T>> items, ItemWrite<T> write) {
			items.forEach(item -> write(item.path(), () -> write.run(item)));
		}

		/**
		 * Counts what a module's import of a whole section did, and lists each problem
		 * with the path of the record it concerns.
		 */
		<T> void all(List<Item<T>> items, BatchImport result) {
			written += result.written();
			unchanged += result.unchanged();
			result.problems()
				.forEach(p -> problems.add(new Problem(
						DossierJson.join(items.get(p.index()).path(), p.problem().field()), p.problem().message())));
		}

		void write(String path, Write write) {
			try {
				if (write.run()) {
					written++;
				}
				else {
					unchanged++;
				}
			}
			catch (InvalidInputException ex) {
				ex.problems().forEach(p -> problems.add(new Problem(DossierJson.join(path, p.field()), p.message())));
			}
			catch (RecordNotFoundException | RuleViolationException ex) {
				// A record it names is missing, or a rule refused it: a problem of the
				// dossier, listed with the rest.
				problems.add(new Problem(path, ex.getMessage()));
			}
		}

	}

}
