/**
 * The cooperation menu: activities (reference such as {@code ACT.396}, area of
 * cooperation, discipline, type, provider, delivery, eligibility, fee), their dated
 * events with seats, and the partners' participation requests
 * {@code REQUESTED → APPROVED / WAITLISTED / DECLINED →
 * ATTENDED / NO_SHOW / WITHDRAWN}. Never more approved seats than an event has: every
 * decision locks the event's row first. Publishes
 * {@link org.liaison.activity.MenuService} (the menu, its reference data and CSV),
 * {@link org.liaison.activity.EventService} (events, the calendar and the fill),
 * {@link org.liaison.activity.ParticipationService} (requests, decisions, attendance,
 * nominees), {@link org.liaison.activity.CalendarFeed} (a partner's iCalendar feed and
 * its tokens) and {@link org.liaison.activity.ActivityDossier} (its part of a dossier);
 * past-tense events of each decision, and for every event a
 * {@link org.liaison.shared.MilestoneEvent} (a held event flagged as milestone becomes a
 * timeline milestone).
 * <p>
 * Visibility of the menu: {@code PUBLIC} activities are seen by anyone, {@code PARTNER}
 * activities by every signed-in partner user (of any nation), NATO staff and Allies,
 * {@code NATO} activities by NATO staff and Allies only. Requests are seen by NATO staff
 * and Allies, and by the partner they belong to; never by the public. A provider also
 * sees and keeps its own organisation's activities and events, and the requests for them.
 * A calendar feed's token reads as the account it was issued to reads today
 * ({@code identity}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web", "partner", "directory", "identity" })
package org.liaison.activity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
