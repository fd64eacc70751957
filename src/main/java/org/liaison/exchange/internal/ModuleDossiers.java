package org.liaison.exchange.internal;

import org.liaison.activity.ActivityDossier;
import org.liaison.agreement.AgreementDossier;
import org.liaison.dialogue.DialogueDossier;
import org.liaison.fund.FundDossier;
import org.liaison.plan.PlanDossier;
import org.liaison.science.ScienceDossier;
import org.liaison.timeline.TimelineDossier;
import org.liaison.transit.TransitDossier;
import org.springframework.stereotype.Component;

/**
 * The dossier parts of the modules whose sections a dossier carries, which the export and
 * the import both go through: one list of them, so that a module added to the dossier is
 * added once.
 */
@Component
record ModuleDossiers(AgreementDossier agreements, DialogueDossier dialogue, TimelineDossier timeline,
		TransitDossier transit, ScienceDossier science, FundDossier funds, PlanDossier plans,
		ActivityDossier activities) {
}
