/**
 * Movement requests under a transit agreement: an Ally asks to move a unit (personnel,
 * vehicles, cargo, dangerous goods flagged) through a partner's territory along a route,
 * between two crossing points and two dates, and NATO staff review and decide the request
 * {@code SUBMITTED → UNDER_REVIEW → APPROVED / REJECTED / WITHDRAWN → COMPLETED}. Each
 * transit agreement sets the notice period a request needs; a late request is refused
 * unless NATO staff accept it as urgent.
 * <p>
 * Requests are never public and are narrower than other records: only NATO staff, the
 * Ally that requests and the host partner see one, and the read model applies that in its
 * queries. Publishes {@link org.liaison.transit.TransitService} (requests),
 * {@link TransitDecisions} (what happens to a request once made),
 * {@link TransitTermsService} (notice periods) and {@link TransitDossier}, and the events
 * {@link TransitRequested}, {@link TransitApproved} and {@link TransitRejected}, which a
 * request registers itself.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web", "partner", "agreement" })
package org.liaison.transit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
