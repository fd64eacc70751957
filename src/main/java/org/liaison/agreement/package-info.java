/**
 * Agreements and framework documents between NATO and a partner (presentation documents,
 * partnership programmes and action plans, transit, military technical and security
 * agreements, and any other type kept as reference data), with their parties, their dates
 * and their lifecycle
 * {@code DRAFT → SUBMITTED → AGREED → IN_FORCE → SUPERSEDED / EXPIRED / TERMINATED}.
 * Publishes {@link org.liaison.agreement.AgreementService} and, for every change, an
 * event that carries the agreement's milestones (each dated step: submitted, agreed,
 * entered into force, ended, each with its own text) for the timeline.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web", "partner" })
package org.liaison.agreement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
