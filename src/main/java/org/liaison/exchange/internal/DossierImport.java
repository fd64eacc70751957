package org.liaison.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.activity.EventStatus;
import org.liaison.activity.RequestStatus;
import org.liaison.directory.DirectoryDossier;
import org.liaison.partner.PartnerDossier;
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
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import org.liaison.exchange.ImportReport;
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

	private final DossierJson json;

	/**
	 * Imports a dossier, all or nothing.
	 * @throws InvalidInputException listing every problem, each with its JSON path
	 */
	public ImportReport importDossier(JsonNode dossier) {
		Dossier read = reader.read(dossier);
		List<Problem> problems = new ArrayList<>(read.problems());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Counter counter = new Counter();
		NationCode nation = read.nation();
		write(problems, "$.partner", counter,
				() -> partners.importPartner(nation, read.profile().data(), read.profile().updatedAt()));
		read.organisations()
			.forEach(i -> write(problems, i.path(), counter,
					() -> directory.importOrganisation(i.data(), i.updatedAt())));
		read.memberships()
			.forEach(i -> write(problems, i.path(), counter,
					() -> partners.importMembership(nation, i.data(), i.updatedAt())));
		read.agreements()
			.forEach(i -> write(problems, i.path(), counter,
					() -> modules.agreements().importAgreement(nation, i.data(), i.updatedAt())));
		read.roles()
			.forEach(i -> write(problems, i.path(), counter,
					() -> directory.importRole(nation, i.data(), i.updatedAt())));
		read.bodies()
			.forEach(i -> write(problems, i.path(), counter,
					() -> modules.dialogue().importBody(nation, i.data(), i.updatedAt())));
		read.statements()
			.forEach(i -> write(problems, i.path(), counter,
					() -> modules.dialogue().importStatement(nation, i.data(), i.updatedAt())));
		read.meetings()
			.forEach(i -> write(problems, i.path(), counter,
					() -> modules.dialogue().importMeeting(nation, i.data(), i.updatedAt())));
		read.narratives()
			.forEach(i -> write(problems, i.path(), counter,
					() -> partners.importNarrative(nation, i.data(), i.updatedAt())));
		read.milestones()
			.forEach(i -> write(problems, i.path(), counter,
					() -> modules.timeline().importMilestone(nation, i.data(), i.updatedAt())));
		read.transitTerms()
			.forEach(i -> write(problems, i.path(), counter,
					() -> modules.transit().importTerms(nation, i.data(), i.updatedAt())));
		read.transitRequests()
			.forEach(i -> write(problems, i.path(), counter, () -> modules.transit()
				.importRequest(nation, i.data(), i.extras().path("status").asString(""), i.updatedAt())));
		read.activityAreas()
			.forEach(item -> write(problems, "$.activityAreas", counter, () -> modules.activities().putArea(item)));
		read.activityDisciplines()
			.forEach(item -> write(problems, "$.activityDisciplines", counter,
					() -> modules.activities().putDiscipline(item)));
		read.activities()
			.forEach(i -> write(problems, i.path(), counter,
					() -> modules.activities().importActivity(i.data(), i.updatedAt())));
		read.events()
			.forEach(i -> write(problems, i.path(), counter,
					() -> modules.activities()
						.importEvent(i.extras().path("activityRef").asString(""), i.data(),
								EventStatus.valueOf(i.extras().path("status").asString("PLANNED")),
								DossierJson.text(i.extras(), "cancelReason"), i.updatedAt())));
		read.requests()
			.forEach(i -> write(problems, i.path(), counter,
					() -> modules.activities()
						.importRequest(nation, i.extras().path("activityRef").asString(""),
								LocalDate.parse(i.extras().path("eventStart").asString()),
								i.extras().path("eventCity").asString(""),
								NationCode.of(i.extras().path("eventNation").asString("")), i.data(),
								RequestStatus.valueOf(i.extras().path("status").asString("REQUESTED")),
								DossierJson.text(i.extras(), "reason"),
								i.extras().path("rating").isNumber() ? i.extras().path("rating").asInt() : null,
								DossierJson.text(i.extras(), "feedback"),
								Instant.parse(i.extras().path("requestedAt").asString()), i.updatedAt())));
		read.plans()
			.forEach(i -> write(problems, i.path(), counter,
					() -> modules.plans()
						.importPlan(nation, i.data(), json.children(i, "nodes", NodeData.class, problems),
								json.children(i, "assessments", AssessmentData.class, problems),
								json.children(i, "rounds", RoundData.class, problems), i.updatedAt())));
		read.funds()
			.forEach(i -> write(problems, i.path(), counter, () -> modules.funds()
				.importProject(nation, i.data(), json.children(i, "transactions", TransactionData.class, problems),
						json.children(i, "outputs", OutputData.class, problems), i.updatedAt())));
		read.grants()
			.forEach(i -> write(problems, i.path(), counter,
					() -> modules.science()
						.importGrant(nation, i.data(), json.children(i, "reports", ReportData.class, problems),
								i.updatedAt())));
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
			ex.problems().forEach(p -> problems.add(new Problem(DossierJson.join(path, p.field()), p.message())));
		}
		catch (RecordNotFoundException | RuleViolationException ex) {
			// A record it names is missing, or a rule refused it: a problem of the
			// dossier, listed with the rest.
			problems.add(new Problem(path, ex.getMessage()));
		}
	}

}
