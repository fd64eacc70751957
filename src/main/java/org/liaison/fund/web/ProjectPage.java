package org.liaison.fund.web;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.OrganisationSummary;
import org.liaison.fund.PortfolioService;
import org.liaison.fund.ProjectDetails;
import org.liaison.fund.ProjectService;
import org.liaison.fund.ProjectSummary;
import org.liaison.fund.TransactionKind;
import org.liaison.fund.TransactionSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.web.FormErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A project's page, which every form on it comes back to with its problems: the lifecycle
 * moves, a ledger entry, a reversal and the outputs are each posted to their own
 * controller, and all of them show the same page again, with the failed form open.
 */
@Component
record ProjectPage(ProjectService projects, PortfolioService portfolios, PartnerService partners,
		DirectoryService directory) {

	/**
	 * The page with a blank ledger form, and the failed form (if any) open with its
	 * problems.
	 */
	String view(Model model, ProjectSummary project, Audience audience, String failed, FormErrors errors) {
		return view(model, project, audience, null, failed, errors,
				TransactionForm.blank(project.currency().getCurrencyCode()));
	}

	String view(Model model, ProjectSummary project, Audience audience, @Nullable TransactionKind kind, String failed,
			FormErrors errors, TransactionForm transaction) {
		ProjectDetails details = portfolios.details(project, audience);
		model.addAttribute("project", project);
		model.addAttribute("details", details);
		model.addAttribute("partnerName", partners.nation(project.partner()).name());
		model.addAttribute("agentName",
				project.executingAgent() == null ? null
						: directory.organisationByRef(project.executingAgent(), audience)
							.map(OrganisationSummary::name)
							.orElse(project.executingAgent()));
		model.addAttribute("partyNames", PartyNames.of(directory, audience));
		model.addAttribute("kind", kind);
		model.addAttribute("transactions", filter(details.transactions(), kind));
		model.addAttribute("failed", failed);
		model.addAttribute("errors", errors);
		boolean reporter = projects.reportsOn(project, audience);
		// The kinds offered in the form: the agent's own to report, or all but reversals
		// (which
		// have their own action) for NATO staff.
		List<TransactionKind> kinds = Arrays.stream(TransactionKind.values())
			.filter(k -> k != TransactionKind.REVERSAL && (!reporter || k.reportedByAgent()))
			.toList();
		// A blank form starts on a receipt, which an agent does not record: an agent's
		// starts on spending.
		boolean offered = kinds.stream().anyMatch(k -> k.name().equals(transaction.kind()));
		model.addAttribute("transaction",
				reporter && !offered ? transaction.ofKind(TransactionKind.EXPENDITURE) : transaction);
		model.addAttribute("reporter", reporter);
		model.addAttribute("kinds", kinds);
		return "fund/project";
	}

	static List<TransactionSummary> filter(List<TransactionSummary> transactions, @Nullable TransactionKind kind) {
		return transactions.stream().filter(t -> kind == null || t.kind() == kind).toList();
	}

}
