package org.liaison.timeline;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.shared.Audience;
import org.liaison.shared.BatchImport;
import org.liaison.shared.NationCode;
import org.liaison.timeline.internal.MilestoneImport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline's part of a partnership dossier: the milestones written by hand that a
 * reader may take out, and the import that makes them say what a dossier says. Derived
 * milestones are not carried: they follow the records they come from, which the dossier
 * carries itself. An import upserts by partner and ref and keeps the dossier's time of
 * last change; a milestone that already holds the same data is not written at all, so
 * importing twice changes nothing.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TimelineDossier {

	private final TimelineService timeline;

	private final MilestoneImport milestones;

	/** The milestones written by hand that the reader may see, in date order. */
	public List<MilestoneSummary> milestones(NationCode partner, Audience audience) {
		return timeline.timeline(partner, audience).stream().filter(m -> !m.derived()).toList();
	}

	/**
	 * Creates or updates a partner's milestones by their refs, all at once; says how many
	 * it wrote and how many it found as given.
	 */
	@Transactional
	public BatchImport importMilestones(NationCode partner, List<DossierMilestone> given) {
		return milestones.importAll(partner, given);
	}

}
