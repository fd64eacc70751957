package org.liaison.identity.web;

import java.security.Principal;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.liaison.directory.DirectoryService;
import org.liaison.directory.OrganisationSummary;
import org.liaison.identity.AccountData;
import org.liaison.identity.AccountService;
import org.liaison.identity.AccountSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.PageOf;
import org.liaison.web.FormErrors;
import org.liaison.web.FormPage;
import org.liaison.web.FormSubmission;
import org.liaison.web.Htmx;
import org.liaison.web.Options;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' pages for accounts: the list with the form for a new account,
 * enabling and disabling, lifting a lock after failed sign-ins, and a new password for
 * someone who lost theirs. A form with problems comes back with each problem beside its
 * field and nothing saved; a password is never filled in again.
 */
@Controller
record AccountPageController(AccountService accounts, DirectoryService directory) {

	static final String ACCOUNTS = "/admin/accounts";

	@GetMapping(ACCOUNTS)
	String list(PageOf.Request page, Model model, HttpServletRequest request) {
		return page(page, Htmx.view(request, "identity/accountList", "identity/accountTable")).show(model,
				AccountData.blank());
	}

	@PostMapping(ACCOUNTS)
	String create(@ModelAttribute AccountData form, Model model, RedirectAttributes redirect) {
		return FormSubmission.attempt(() -> {
			AccountSummary account = accounts.create(form);
			redirect.addFlashAttribute("flash", "account.flash.created");
			redirect.addFlashAttribute("flashName", account.username());
			return "redirect:" + ACCOUNTS;
		}, errors -> page(PageOf.Request.first(), "identity/accountList").show(model, form.withoutPassword(), errors));
	}

	/**
	 * Disabling and enabling answer alike: back to the page of the list the button was
	 * on.
	 */
	@PostMapping(ACCOUNTS + "/{username}/{action:disable|enable}")
	String disableOrEnable(@PathVariable String username, @PathVariable String action, @RequestParam long version,
			@RequestParam(defaultValue = "0") int page, Principal administrator, RedirectAttributes redirect) {
		if (action.equals("disable")) {
			accounts.disable(username, version, administrator.getName());
		}
		else {
			accounts.enable(username, version);
		}
		redirect.addFlashAttribute("flash", "account.flash." + action + "d");
		redirect.addFlashAttribute("flashName", username);
		return "redirect:" + ACCOUNTS + "?page=" + page;
	}

	/**
	 * Lifts the lock that failed sign-ins put on the account, back to the page of the
	 * list.
	 */
	@PostMapping(ACCOUNTS + "/{username}/unlock")
	String unlock(@PathVariable String username, @RequestParam(defaultValue = "0") int page,
			RedirectAttributes redirect) {
		accounts.unlock(username);
		redirect.addFlashAttribute("flash", "account.flash.unlocked");
		redirect.addFlashAttribute("flashName", username);
		return "redirect:" + ACCOUNTS + "?page=" + page;
	}

	@GetMapping(ACCOUNTS + "/{username}/password")
	String password(@PathVariable String username, Model model) {
		return passwordForm(model, accounts.account(username), FormErrors.none());
	}

	@PostMapping(ACCOUNTS + "/{username}/password")
	String changePassword(@PathVariable String username, @RequestParam long version,
			@RequestParam(defaultValue = "") String password, Model model, RedirectAttributes redirect) {
		return FormSubmission.attempt(() -> {
			accounts.changePassword(username, version, password);
			redirect.addFlashAttribute("flash", "account.flash.passwordChanged");
			redirect.addFlashAttribute("flashName", username);
			return "redirect:" + ACCOUNTS;
		}, errors -> passwordForm(model, accounts.account(username), errors));
	}

	/** The list of accounts with the form for a new one. */
	private FormPage page(PageOf.Request page, String view) {
		return FormPage.of(view).with("accounts", accounts.accounts(page)).with("organisations", organisations());
	}

	private String passwordForm(Model model, AccountSummary account, FormErrors errors) {
		model.addAttribute("account", account);
		model.addAttribute("errors", errors);
		return "identity/accountPassword";
	}

	/**
	 * The organisations an account may work for, by reference, as the directory names
	 * them.
	 */
	private Map<String, String> organisations() {
		return Options.of(directory.allOrganisations(Audience.alliance()), OrganisationSummary::ref,
				organisation -> organisation.name() + " (" + organisation.ref() + ")");
	}

}
