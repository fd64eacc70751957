/**
 * Plans that steer a partnership: the partner's IPP, IPCP, IPAP, ITPP and PARP cycles as
 * trees of chapters, objectives, goals and actions (levels per plan type, reference
 * data), the lifecycle
 * {@code DRAFT → SUBMITTED → AGREED → IN_FORCE → COMPLETED / SUPERSEDED}, dated
 * assessments of each node (by the partner itself or by NATO) recorded in assessment
 * rounds that NATO staff approve and so lock, and progress derived from them: latest
 * ratings, roll-ups, achieved shares per area and cycle, and goals that slipped between
 * cycles. Publishes {@link org.liaison.plan.PlanService} (plans and their lifecycle),
 * {@link org.liaison.plan.PlanTreeService} (a plan's tree),
 * {@link org.liaison.plan.PlanAssessmentService} (rounds and assessments),
 * {@link org.liaison.plan.PlanProgressService} (roll-ups, progress and comparisons) and
 * {@link org.liaison.plan.PlanDossier} (the plans' part of a dossier).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web", "partner", "agreement" })
package org.liaison.plan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
