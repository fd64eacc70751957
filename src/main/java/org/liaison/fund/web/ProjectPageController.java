package org.liaison.fund.web;

import java.util.Currency;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.OrganisationSummary;
import org.liaison.fund.LedgerService;
import org.liaison.fund.PortfolioService;
import org.liaison.fund.ProjectMove;
import org.liaison.fund.ProjectService;
import org.liaison.fund.ProjectSummary;
import org.liaison.fund.TransactionKind;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.LifecycleMove;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.web.FormErrors;
import org.liaison.web.FormPage;
import org.liaison.web.FormSubmission;
import org.liaison.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages of the fund module's projects: the portfolio of a partner and across partners, a
 * project's page (status, phases on a time bar, money per donor, outputs, the ledger with
 * its filter as an htmx fragment, lifecycle actions) and the project forms. Every form
 * shows its problems beside the fields and changes nothing until all are mended; every
 * read goes through the reader's audience. The ledger's and the outputs' forms are
 * {@link LedgerPageController}'s and {@link OutputPageController}'s.
 */
@Controller
record ProjectPageController(ProjectService projects, PortfolioService portfolios, LedgerService ledgers,
		ProjectPage page, PartnerService partners, DirectoryService directory, FormSubmission forms) {

	/**
	 * The portfolio across partners; with {@code agent}, only the projects that
	 * organisation executes, which is where an executing agent finds the projects it
	 * reports on.
	 */
	@GetMapping("/funds")
	String portfolio(@RequestParam(defaultValue = "EUR") Currency currency,
			@RequestParam(required = false) @Nullable String agent, Audience audience, Model model) {
		String ref = agent == null || agent.isBlank() ? null : agent.strip();
		model.addAttribute("partner", null);
		model.addAttribute("partnerName", null);
		model.addAttribute("agent", ref);
		model.addAttribute("agentName", ref == null ? null
				: directory.organisationByRef(ref, audience).map(OrganisationSummary::name).orElse(ref));
		model.addAttribute("partyNames", PartyNames.of(directory, audience));
		model.addAttribute("portfolio", ref == null ? portfolios.portfolio(audience, currency)
				: portfolios.portfolioOfAgent(ref, audience, currency));
		return "fund/portfolio";
	}

	@GetMapping("/partners/{code}/funds")
	String portfolio(@PathVariable NationCode code, @RequestParam(defaultValue = "EUR") Currency currency,
			Audience audience, Model model) {
		model.addAttribute("partner", code);
		model.addAttribute("partnerName", partners.nation(code).name());
		model.addAttribute("agent", null);
		model.addAttribute("agentName", null);
		model.addAttribute("partyNames", PartyNames.of(directory, audience));
		model.addAttribute("portfolio", portfolios.portfolio(code, audience, currency));
		return "fund/portfolio";
	}

	@GetMapping("/fund-projects/{id}")
	String view(@PathVariable UUID id, @RequestParam(required = false) @Nullable TransactionKind kind,
			Audience audience, Model model, HttpServletRequest request) {
		ProjectSummary project = projects.project(id, audience);
		if (Htmx.isHtmx(request)) {
			model.addAttribute("project", project);
			model.addAttribute("kind", kind);
			model.addAttribute("transactions", ProjectPage.filter(ledgers.transactions(id, audience), kind));
			model.addAttribute("reporter", projects.reportsOn(project, audience));
			model.addAttribute("partyNames", PartyNames.of(directory, audience));
			return "fund/transactionTable";
		}
		return page.view(model, project, audience, kind, "", FormErrors.none(),
				TransactionForm.blank(project.currency().getCurrencyCode()));
	}

	@PostMapping("/fund-projects/{id}/moves/{move}")
	String move(@PathVariable UUID id, @PathVariable("move") String slug, @RequestParam long version,
			@RequestParam(defaultValue = "") String on, @RequestParam(defaultValue = "") String reason,
			Audience audience, Model model) {
		ProjectMove move = LifecycleMove.fromSlug(ProjectMove.class, slug)
			.orElseThrow(() -> new RecordNotFoundException("action", slug));
		ProjectSummary project = projects.project(id, audience);
		return FormSubmission.attempt(() -> {
			projects.move(id, version, move, FormSubmission.date("on", on), reason);
			return "redirect:/fund-projects/" + id;
		}, errors -> page.view(model, project, audience, "move-" + slug, errors));
	}

	// Project forms

	@GetMapping("/partners/{code}/funds/new")
	String add(@PathVariable NationCode code, Model model) {
		partners.nation(code);
		return form(code, null).show(model, ProjectForm.blank());
	}

	@PostMapping("/partners/{code}/funds")
	String add(@PathVariable NationCode code, @ModelAttribute("form") ProjectForm form, BindingResult result,
			Model model) {
		return forms.submit(result, form::toData, data -> "redirect:/fund-projects/" + projects.add(code, data).id(),
				errors -> form(code, null).show(model, form, byList(errors)));
	}

	@GetMapping("/fund-projects/{id}/edit")
	String edit(@PathVariable UUID id, Audience audience, Model model) {
		ProjectSummary project = projects.project(id, audience);
		return form(project.partner(), project).show(model, ProjectForm.of(project.toData()));
	}

	@PostMapping("/fund-projects/{id}")
	String revise(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("form") ProjectForm form,
			BindingResult result, Audience audience, Model model) {
		ProjectSummary project = projects.project(id, audience);
		return forms.submit(result, form::toData, data -> {
			projects.revise(id, version, data);
			return "redirect:/fund-projects/" + id;
		}, errors -> form(project.partner(), project).show(model, form, byList(errors)));
	}

	@PostMapping("/fund-projects/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam long version, Audience audience, HttpServletRequest request) {
		ProjectSummary project = projects.project(id, audience);
		projects.delete(id, version);
		return Htmx.removedOrRedirect(request, "/partners/" + project.partner() + "/funds");
	}

	private FormPage form(NationCode partner, @Nullable ProjectSummary project) {
		return FormPage.of("fund/projectForm")
			.with("partner", partner)
			.with("partnerName", partners.nation(partner).name())
			.with("project", project);
	}

	/** Problems of a lead nation or a phase belong to the field that holds them all. */
	private static FormErrors byList(FormErrors errors) {
		return errors.collapsing("phases").collapsing("leadNations");
	}

}
