/**
 * Science for Peace and Security (SPS) grants of each partnership: the mechanism
 * (multi-year project, advanced research workshop, advanced training course, advanced
 * study institute), the key priorities it serves, its NATO-country and partner-country
 * co-directors, its budget with the NATO and partner shares, review and decision, and its
 * six-monthly reports. A grant moves along
 * {@code APPLIED → UNDER_REVIEW → APPROVED / REJECTED → ACTIVE → COMPLETED}; its report
 * due dates follow from its start and end ({@link org.liaison.science.ReportSchedule}).
 * Publishes {@link org.liaison.science.ScienceService},
 * {@link org.liaison.science.ScienceDossier} (its part of a dossier) and the events
 * {@link org.liaison.science.GrantApproved} and
 * {@link org.liaison.science.GrantCompleted}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web", "partner" })
package org.liaison.science;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
