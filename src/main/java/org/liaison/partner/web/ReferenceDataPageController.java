package org.liaison.partner.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.FrameworkData;
import org.liaison.partner.FrameworkKind;
import org.liaison.partner.FrameworkSummary;
import org.liaison.partner.PartnerService;
import org.liaison.partner.ReferenceDataService;
import org.liaison.web.FormPage;
import org.liaison.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' page for the frameworks and programmes of the reference list (the
 * page filter chain lets only administrators under {@code /admin}): the list, the form
 * for a new one and the form that corrects one. A form with problems comes back with each
 * problem beside its field and nothing saved; a correction names the version it was
 * opened at, kept when the form comes back with problems, so that it never overwrites
 * another administrator's.
 */
@Controller
record ReferenceDataPageController(PartnerService partners, ReferenceDataService references, FormSubmission forms) {

	static final String FRAMEWORKS = "/admin/frameworks";

	@GetMapping(FRAMEWORKS)
	String frameworks(Model model) {
		return page(null).show(model, new FrameworkData("", "", "", FrameworkKind.PARTNERSHIP_FRAMEWORK));
	}

	@PostMapping(FRAMEWORKS)
	String addFramework(@Valid @ModelAttribute("form") FrameworkData form, BindingResult result, Model model) {
		return forms.submit(result, () -> {
			references.addFramework(form);
			return "redirect:" + FRAMEWORKS;
		}, errors -> page(null).show(model, form, errors));
	}

	@GetMapping(FRAMEWORKS + "/{code}")
	String framework(@PathVariable String code, Model model) {
		FrameworkSummary framework = references.framework(code);
		return page(framework).show(model, framework.toData());
	}

	@PostMapping(FRAMEWORKS + "/{code}")
	String reviseFramework(@PathVariable String code, @RequestParam long version,
			@Valid @ModelAttribute("form") FrameworkData form, BindingResult result, Model model) {
		FrameworkSummary opened = references.framework(code);
		return forms.submit(result, () -> {
			references.reviseFramework(code, version, form);
			return "redirect:" + FRAMEWORKS;
		}, errors -> page(opened).with("version", version).show(model, form, errors));
	}

	private FormPage page(@Nullable FrameworkSummary editing) {
		return FormPage.of("partner/frameworkAdmin").with("frameworks", partners.frameworks()).with("editing", editing);
	}

}
