package org.liaison.dialogue.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.dialogue.BodyData;
import org.liaison.dialogue.BodyKindService;
import org.liaison.dialogue.BodyKindSummary;
import org.liaison.dialogue.BodySummary;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.MeetingService;
import org.liaison.dialogue.StatementData;
import org.liaison.dialogue.StatementKindService;
import org.liaison.dialogue.StatementKindSummary;
import org.liaison.dialogue.StatementSummary;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.Releasability;
import org.liaison.web.FormPage;
import org.liaison.web.FormSubmission;
import org.liaison.web.Htmx;
import org.liaison.web.Options;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages of the dialogue module: each partner's joint bodies and statements, one page per
 * record, and the forms to keep them. Every form shows its problems beside the fields and
 * changes nothing until all of them are mended. Views read with the reader's
 * {@link Audience}, edit forms included, so that a form never shows what its reader may
 * not see.
 */
@Controller
record DialoguePageController(DialogueService dialogue, StatementKindService kinds, BodyKindService bodyKinds,
		PartnerService partners, MeetingService meetings, FormSubmission forms) {

	// Joint bodies

	@GetMapping("/partners/{code}/bodies")
	String bodies(@PathVariable NationCode code, Audience audience, Model model) {
		model.addAttribute("nation", partners.nation(code));
		model.addAttribute("bodies", dialogue.bodies(code, audience));
		return "dialogue/bodyList";
	}

	@GetMapping("/bodies/{id}")
	String body(@PathVariable UUID id, PageOf.Request page, Audience audience, HttpServletRequest request,
			Model model) {
		BodySummary body = dialogue.body(id, audience);
		model.addAttribute("nation", partners.nation(body.partner()));
		model.addAttribute("body", body);
		model.addAttribute("meetings", meetings.meetings(id, audience, page));
		model.addAttribute("baseUrl", "/bodies/" + id);
		return Htmx.view(request, "dialogue/body", "dialogue/meetingTable");
	}

	@GetMapping("/partners/{code}/bodies/new")
	String newBody(@PathVariable NationCode code, Model model) {
		return bodyForm(partners.nation(code), null).show(model,
				new BodyData("", "", "", "", "", "", null, null, "", Releasability.PUBLIC));
	}

	@PostMapping("/partners/{code}/bodies")
	String addBody(@PathVariable NationCode code, @Valid @ModelAttribute BodyData form, BindingResult result,
			Model model) {
		NationSummary nation = partners.nation(code);
		return forms.submit(result, () -> "redirect:/bodies/" + dialogue.addBody(code, form).id(),
				errors -> bodyForm(nation, null).show(model, form, errors));
	}

	@GetMapping("/bodies/{id}/edit")
	String editBody(@PathVariable UUID id, Audience audience, Model model) {
		BodySummary body = dialogue.body(id, audience);
		return bodyForm(partners.nation(body.partner()), body).show(model, body.toData());
	}

	@PostMapping("/bodies/{id}")
	String reviseBody(@PathVariable UUID id, @RequestParam long version, @Valid @ModelAttribute BodyData form,
			BindingResult result, Audience audience, Model model) {
		BodySummary body = dialogue.body(id, audience);
		NationSummary nation = partners.nation(body.partner());
		return forms.submit(result, () -> {
			dialogue.reviseBody(id, version, form);
			return "redirect:/bodies/" + id;
		}, errors -> bodyForm(nation, body).show(model, form, errors));
	}

	@PostMapping("/bodies/{id}/delete")
	String deleteBody(@PathVariable UUID id, @RequestParam long version, Audience audience,
			HttpServletRequest request) {
		BodySummary body = dialogue.body(id, audience);
		dialogue.deleteBody(id, version);
		return Htmx.removedOrRedirect(request, "/partners/" + body.partner() + "/bodies");
	}

	private FormPage bodyForm(NationSummary nation, @Nullable BodySummary body) {
		return FormPage.of("dialogue/bodyForm")
			.with("nation", nation)
			.with("body", body)
			.with("kinds", Options.of(bodyKinds.kinds(), BodyKindSummary::code, BodyKindSummary::name));
	}

	// Statements

	/** The page, or for htmx (the pager included) just the list it replaces. */
	@GetMapping("/partners/{code}/statements")
	String statements(@PathVariable NationCode code, PageOf.Request page, Audience audience, HttpServletRequest request,
			Model model) {
		String baseUrl = "/partners/" + code + "/statements"
				+ (page.size() == PageOf.DEFAULT_SIZE ? "" : "?size=" + page.size());
		model.addAttribute("nation", partners.nation(code));
		model.addAttribute("statements", dialogue.statements(code, audience, page));
		model.addAttribute("baseUrl", baseUrl);
		return Htmx.view(request, "dialogue/statementList", "dialogue/statementTable");
	}

	@GetMapping("/statements/{id}")
	String statement(@PathVariable UUID id, Audience audience, Model model) {
		StatementSummary statement = dialogue.statement(id, audience);
		model.addAttribute("nation", partners.nation(statement.partner()));
		model.addAttribute("statement", statement);
		return "dialogue/statement";
	}

	@GetMapping("/partners/{code}/statements/new")
	String newStatement(@PathVariable NationCode code, Model model) {
		return statementForm(partners.nation(code), null).show(model,
				new StatementData("", "STATEMENT", "", "", null, "", "", "", "", Releasability.PUBLIC));
	}

	@PostMapping("/partners/{code}/statements")
	String addStatement(@PathVariable NationCode code, @Valid @ModelAttribute StatementData form, BindingResult result,
			Model model) {
		NationSummary nation = partners.nation(code);
		return forms.submit(result, () -> "redirect:/statements/" + dialogue.addStatement(code, form).id(),
				errors -> statementForm(nation, null).show(model, form, errors));
	}

	@GetMapping("/statements/{id}/edit")
	String editStatement(@PathVariable UUID id, Audience audience, Model model) {
		StatementSummary statement = dialogue.statement(id, audience);
		return statementForm(partners.nation(statement.partner()), statement).show(model, statement.toData());
	}

	@PostMapping("/statements/{id}")
	String reviseStatement(@PathVariable UUID id, @RequestParam long version, @Valid @ModelAttribute StatementData form,
			BindingResult result, Audience audience, Model model) {
		StatementSummary statement = dialogue.statement(id, audience);
		NationSummary nation = partners.nation(statement.partner());
		return forms.submit(result, () -> {
			dialogue.reviseStatement(id, version, form);
			return "redirect:/statements/" + id;
		}, errors -> statementForm(nation, statement).show(model, form, errors));
	}

	@PostMapping("/statements/{id}/delete")
	String deleteStatement(@PathVariable UUID id, @RequestParam long version, Audience audience,
			HttpServletRequest request) {
		StatementSummary statement = dialogue.statement(id, audience);
		dialogue.deleteStatement(id, version);
		return Htmx.removedOrRedirect(request, "/partners/" + statement.partner() + "/statements");
	}

	private FormPage statementForm(NationSummary nation, @Nullable StatementSummary statement) {
		return FormPage.of("dialogue/statementForm")
			.with("nation", nation)
			.with("statement", statement)
			.with("kinds", Options.of(kinds.kinds(), StatementKindSummary::code,
					kind -> kind.name(LocaleContextHolder.getLocale())));
	}

}
