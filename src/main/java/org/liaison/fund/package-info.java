/**
 * Trust-fund projects hosted by a partner: lead nations, executing agent, phases, the
 * lifecycle
 * {@code SCOPING → PROPOSED → FUNDRAISING → IN_EXECUTION ⇄ SUSPENDED → COMPLETED → CLOSED},
 * an append-only ledger of pledges, receipts, commitments, expenditures and reversals in
 * any currency (converted with dated exchange rates), and output indicators achieved over
 * time. Publishes {@link org.liaison.fund.ProjectService} (the projects and their
 * lifecycle), {@link org.liaison.fund.LedgerService} (the ledger and exchange rates),
 * {@link org.liaison.fund.OutputService} (the outputs),
 * {@link org.liaison.fund.PortfolioService} (the figures and portfolios),
 * {@link org.liaison.fund.IatiService} (an IATI 2.03 export of public projects),
 * {@link org.liaison.fund.FundDossier} (its part of a dossier) and, for every change, an
 * event with the project's milestones (launched, completed) for the timeline.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web", "partner", "directory" })
package org.liaison.fund;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
