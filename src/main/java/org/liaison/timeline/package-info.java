/**
 * The dated milestones of each partnership. Staff write some by hand; the rest are
 * derived from the events of other modules ({@link org.liaison.shared.MilestoneEvent}):
 * an agreement agreed, an office established, a membership started, a body established. A
 * derived milestone stays linked to its record: it is recorded once, follows every edit
 * and goes with the record. This module knows no other module; it only listens. Publishes
 * {@link org.liaison.timeline.TimelineService} and
 * {@link org.liaison.timeline.TimelineDossier}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web", "partner" })
package org.liaison.timeline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
