package org.liaison.directory.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.OrganisationData;
import org.liaison.directory.OrganisationKind;
import org.liaison.directory.OrganisationSummary;
import org.liaison.directory.RoleData;
import org.liaison.directory.RoleKindService;
import org.liaison.directory.RoleKindSummary;
import org.liaison.directory.RoleSummary;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerDetails;
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
 * Staff pages of the directory: the searchable list of organisations, each organisation,
 * the roles of each partnership, and their forms. Every form shows its problems beside
 * the fields and changes nothing until all of them are mended. Forms are filled with what
 * the reader may see, so opening an edit form never shows more than the record's own page
 * would.
 */
@Controller
record DirectoryPageController(DirectoryService directory, RoleKindService kinds, PartnerService partners,
		FormSubmission forms) {

	// Organisations

	@GetMapping("/organisations")
	String organisations(@RequestParam(required = false) @Nullable String q, PageOf.Request page, Audience audience,
			HttpServletRequest request, Model model) {
		String query = q == null ? "" : q.strip();
		model.addAttribute("organisations", directory.organisations(audience, query, page));
		model.addAttribute("q", query);
		return Htmx.view(request, "directory/organisationList", "directory/organisationTable");
	}

	@GetMapping("/organisations/{id}")
	String organisation(@PathVariable UUID id, Audience audience, Model model) {
		model.addAttribute("organisation", directory.organisation(id, audience));
		return "directory/organisation";
	}

	@GetMapping("/organisations/new")
	String newOrganisation(Model model) {
		return organisationForm(null).show(model,
				new OrganisationData("", "", null, OrganisationKind.OTHER, null, null, null, Releasability.PUBLIC));
	}

	@PostMapping("/organisations")
	String addOrganisation(@Valid @ModelAttribute OrganisationData form, BindingResult result, Model model) {
		return forms.submit(result, () -> "redirect:/organisations/" + directory.addOrganisation(form).id(),
				errors -> organisationForm(null).show(model, form, errors));
	}

	@GetMapping("/organisations/{id}/edit")
	String editOrganisation(@PathVariable UUID id, Audience audience, Model model) {
		OrganisationSummary organisation = directory.organisation(id, audience);
		return organisationForm(organisation).show(model, organisation.toData());
	}

	@PostMapping("/organisations/{id}")
	String reviseOrganisation(@PathVariable UUID id, @RequestParam long version,
			@Valid @ModelAttribute OrganisationData form, BindingResult result, Model model) {
		OrganisationSummary organisation = directory.organisation(id, Audience.alliance());
		return forms.submit(result, () -> {
			directory.reviseOrganisation(id, version, form);
			return "redirect:/organisations/" + id;
		}, errors -> organisationForm(organisation).show(model, form, errors));
	}

	@PostMapping("/organisations/{id}/delete")
	String deleteOrganisation(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request) {
		directory.deleteOrganisation(id, version);
		return Htmx.removedOrRedirect(request, "/organisations");
	}

	private FormPage organisationForm(@Nullable OrganisationSummary organisation) {
		return FormPage.of("directory/organisationForm")
			.with("organisation", organisation)
			.with("nations", Options.of(partners.nations(), n -> n.code().value(), NationSummary::name));
	}

	// Roles

	@GetMapping("/partners/{code}/roles")
	String roles(@PathVariable NationCode code, Audience audience, Model model) {
		model.addAttribute("partner", partners.partner(code, audience));
		model.addAttribute("roles", directory.roles(code, audience));
		return "directory/roleList";
	}

	@GetMapping("/partners/{code}/roles/new")
	String newRole(@PathVariable NationCode code, Audience audience, Model model) {
		PartnerDetails partner = partners.partner(code, audience);
		return roleForm(partner.nation(), null, audience).show(model,
				new RoleData("", "", "LIAISON_OFFICE", null, null, null, null, Releasability.PUBLIC));
	}

	@PostMapping("/partners/{code}/roles")
	String addRole(@PathVariable NationCode code, @Valid @ModelAttribute RoleData form, BindingResult result,
			Model model) {
		return forms.submit(result, () -> {
			directory.addRole(code, form);
			return "redirect:/partners/" + code + "/roles";
		}, errors -> roleForm(code, null, Audience.alliance()).show(model, form, errors));
	}

	@GetMapping("/roles/{id}/edit")
	String editRole(@PathVariable UUID id, Audience audience, Model model) {
		RoleSummary role = directory.role(id, audience);
		return roleForm(role.partner(), role, audience).show(model, role.toData());
	}

	@PostMapping("/roles/{id}")
	String reviseRole(@PathVariable UUID id, @RequestParam long version, @Valid @ModelAttribute RoleData form,
			BindingResult result, Model model) {
		RoleSummary role = directory.role(id, Audience.alliance());
		return forms.submit(result, () -> {
			directory.reviseRole(id, version, form);
			return "redirect:/partners/" + role.partner() + "/roles";
		}, errors -> roleForm(role.partner(), role, Audience.alliance()).show(model, form, errors));
	}

	@PostMapping("/roles/{id}/delete")
	String deleteRole(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request) {
		RoleSummary role = directory.role(id, Audience.alliance());
		directory.deleteRole(id, version);
		return Htmx.removedOrRedirect(request, "/partners/" + role.partner() + "/roles");
	}

	/** The role's form, offering the organisations the audience may see, by ref. */
	private FormPage roleForm(NationCode partner, @Nullable RoleSummary role, Audience audience) {
		return FormPage.of("directory/roleForm")
			.with("partner", partner)
			.with("role", role)
			.with("organisations",
					Options.of(directory.allOrganisations(audience), OrganisationSummary::ref,
							o -> o.city() == null ? o.name() : o.name() + " (" + o.city() + ")"))
			.with("kinds", Options.of(kinds.kinds(), RoleKindSummary::code,
					kind -> kind.name(LocaleContextHolder.getLocale())));
	}

}
