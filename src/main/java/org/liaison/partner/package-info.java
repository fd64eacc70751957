/**
 * Nations and partnerships: the reference list of nations (Allies, partners, others),
 * each partner's profile (public summary, policy, aspirant or not), its memberships of
 * frameworks such as the Partnership for Peace, and the narrative sections its public
 * page reads from. Publishes {@link org.liaison.partner.PartnerService},
 * {@link org.liaison.partner.PartnerDossier} and membership events that the timeline
 * turns into milestones.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web" })
package org.liaison.partner;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
