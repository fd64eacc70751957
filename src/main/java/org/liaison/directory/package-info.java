/**
 * The organisations a partnership works through (NATO bodies, ministries, embassies,
 * liaison offices, training centres, executing agents, international organisations) and
 * the roles they hold in each partnership over time: a liaison office established on a
 * date, a contact point embassy's term (one embassy at a time), a training centre
 * recognised as a Partnership Training and Education Centre. Publishes
 * {@link org.liaison.directory.DirectoryService},
 * {@link org.liaison.directory.DirectoryDossier} and role events
 * ({@link org.liaison.directory.OfficeEstablished},
 * {@link org.liaison.directory.OrganisationRoleRecorded},
 * {@link org.liaison.directory.OrganisationRoleRevised}) that the timeline turns into
 * milestones.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web", "partner" })
package org.liaison.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
