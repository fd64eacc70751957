/**
 * The partnership dossier: a partner's whole record as one documented JSON document
 * ({@code docs/dossier.md}, {@code docs/dossier.schema.json}) that exports what the
 * reader may see and imports all or nothing. Records are matched by their natural keys
 * (nation codes and refs), never by database ids, so importing the same dossier twice
 * changes nothing. The demo data of a new installation is such a dossier, loaded through
 * the same import.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web", "partner", "directory", "agreement", "dialogue", "timeline",
		"transit", "science", "fund", "plan", "activity" })
package org.liaison.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
