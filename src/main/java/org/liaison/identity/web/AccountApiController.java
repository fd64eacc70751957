package org.liaison.identity.web;

import java.security.Principal;

import org.jspecify.annotations.Nullable;
import org.liaison.identity.AccountData;
import org.liaison.identity.AccountService;
import org.liaison.identity.AccountSummary;
import org.liaison.identity.ApiTokenService;
import org.liaison.shared.PageOf;
import org.liaison.web.IfMatch;
import org.liaison.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account administration for administrators (the security configuration lets no one else in).
 * An account is served with its version as ETag; enabling, disabling and a new password may
 * name it in {@code If-Match}, and are refused when someone changed the account since. An
 * administrator also revokes every API token of an account, as when one may have leaked.
 */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountApiController {

	private final AccountService accounts;

	private final ApiTokenService tokens;

	AccountApiController(AccountService accounts, ApiTokenService tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@GetMapping
	PageOf<AccountSummary> accounts(PageOf.Request page) {
		return accounts.accounts(page);
	}

	@GetMapping("/{username}")
	ResponseEntity<AccountSummary> account(@PathVariable String username) {
		AccountSummary account = accounts.account(username);
		return Versions.ok(account, account.version());
	}

	@PostMapping
	ResponseEntity<AccountSummary> create(@RequestBody AccountData data) {
		AccountSummary account = accounts.create(data);
		return Versions.created("/api/v1/accounts/" + account.username(), account, account.version());
	}

	@PostMapping("/{username}/disable")
	ResponseEntity<AccountSummary> disable(@PathVariable String username, @IfMatch @Nullable Long version,
			Principal administrator) {
		AccountSummary account = accounts.disable(username, version, administrator.getName());
		return Versions.ok(account, account.version());
	}

	@PostMapping("/{username}/enable")
	ResponseEntity<AccountSummary> enable(@PathVariable String username, @IfMatch @Nullable Long version) {
		AccountSummary account = accounts.enable(username, version);
		return Versions.ok(account, account.version());
	}

	/** A new password, set by an administrator. */
	record PasswordChange(@Nullable String password) {
	}

	@PostMapping("/{username}/password")
	ResponseEntity<AccountSummary> changePassword(@PathVariable String username, @IfMatch @Nullable Long version,
			@RequestBody PasswordChange change) {
		AccountSummary account = accounts.changePassword(username, version, change.password());
		return Versions.ok(account, account.version());
	}

	/** How many API tokens an administrator just revoked. */
	record RevokedTokens(int revoked) {
	}

	@DeleteMapping("/{username}/tokens")
	RevokedTokens revokeTokens(@PathVariable String username) {
		return new RevokedTokens(tokens.revokeAll(username));
	}

}
