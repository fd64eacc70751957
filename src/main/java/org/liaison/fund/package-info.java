/**
 * Trust-fund projects hosted by a partner: lead nations, executing agent, phases, the lifecycle
 * {@code SCOPING → PROPOSED → FUNDRAISING → IN_EXECUTION ⇄ SUSPENDED → COMPLETED → CLOSED}, an
 * append-only ledger of pledges, receipts, commitments, expenditures and reversals in any
 * currency (converted with dated exchange rates), and output indicators achieved over time.
 * Publishes {@link org.liaison.fund.FundService}, an IATI 2.03 export of public projects and, for
 * every change, an event with the project's milestones (launched, completed) for the timeline.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web", "partner", "directory" })
package org.liaison.fund;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
