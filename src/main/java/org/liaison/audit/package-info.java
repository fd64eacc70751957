/**
 * The audit trail: who changed what, when, from where, and from what to what. It records
 * every aggregate that Spring Data saves or deletes, every write a module announces with
 * {@link org.liaison.shared.RecordWritten}, and signing in and out; each entry is written
 * in the transaction of its change and chained to the one before by a hash, so that an
 * entry altered afterwards is found. No module calls it: it listens. It serves a history
 * of every record (as its reader may see it), the administrators' search and export of
 * the trail, and the chain's verification. Publishes {@link org.liaison.audit.AuditEntry}
 * and the types its pages and API show.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web", "identity" })
package org.liaison.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
