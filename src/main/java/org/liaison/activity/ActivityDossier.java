package org.liaison.activity;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.activity.internal.ActivityImport;
import org.liaison.activity.internal.EventImport;
import org.liaison.activity.internal.EventQueries;
import org.liaison.activity.internal.MenuQueries;
import org.liaison.activity.internal.RequestImport;
import org.liaison.activity.internal.RequestQueries;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.BatchImport;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity module's part of a partnership dossier: a partner's requests with the
 * events and activities they reference, as a reader may take them out, and the import
 * that makes the record say what a dossier says, statuses included (an import records
 * history that already happened, so it does not replay the lifecycle). An import upserts
 * by natural key and keeps the dossier's time of last change; a record that already holds
 * the same data is not written at all, so importing twice changes nothing.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActivityDossier {

	private final MenuQueries menu;

	private final EventQueries eventQueries;

	private final RequestQueries requestQueries;

	private final MenuService menuService;

	private final PartnerService partners;

	private final ActivityImport activityImport;

	private final EventImport eventImport;

	private final RequestImport requestImport;

	/**
	 * The areas of cooperation, which every dossier carries along with the menu it
	 * references.
	 */
	public List<ReferenceItem> areas() {
		return menuService.areas();
	}

	public List<ReferenceItem> disciplines() {
		return menuService.disciplines();
	}

	/** Adds or renames an area of cooperation; answers whether anything changed. */
	@Transactional
	public boolean putArea(ReferenceItem item) {
		return menuService.putArea(item);
	}

	@Transactional
	public boolean putDiscipline(ReferenceItem item) {
		return menuService.putDiscipline(item);
	}

	/**
	 * A partner's requests with the events and activities they reference, as the audience
	 * may see them: a request whose activity the audience may not see stays out with it,
	 * in the queries.
	 */
	public ActivityExport export(NationCode partner, Audience audience) {
		return new ActivityExport(menu.activitiesOfPartner(partner, audience),
				eventQueries.eventsOfPartner(partner, audience),
				requestQueries.shownRequestsOfPartner(partner, audience));
	}

	/**
	 * Creates or updates activities by their references, all at once; says how many it
	 * wrote and how many it found as given, and the problems of each refused activity by
	 * its place in the list.
	 */
	@Transactional
	public BatchImport importActivities(List<DossierActivity> activities) {
		return activityImport.importAll(activities, menuService.checker());
	}

	/**
	 * Creates or updates events by activity reference, start date and place, all at once.
	 * The status is written as the dossier has it, and the milestones are told here.
	 */
	@Transactional
	public BatchImport importEvents(List<DossierEvent> events) {
		return eventImport.importAll(events);
	}

	/** Creates or updates a partner's requests by event, all at once. */
	@Transactional
	public BatchImport importRequests(NationCode partner, List<DossierRequest> requests) {
		BatchImport result;
		try {
			partners.requirePartner(partner);
		}
		catch (InvalidInputException ex) {
			result = new BatchImport();
			for (int i = 0; i < requests.size(); i++) {
				result.refuse(i, ex.problems());
			}
			return result;
		}
		return requestImport.importAll(partner, requests);
	}

}
