package org.liaison.identity.web;

import java.security.Principal;

import org.jspecify.annotations.Nullable;
import org.liaison.identity.AccountData;
import org.liaison.identity.AccountService;
import org.liaison.identity.AccountSummary;
import org.liaison.identity.ApiTokenService;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
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
 * Account administration for administrators (the security configuration lets no one else
 * in). An account is served with its version as ETag; enabling, disabling and a new
 * password may name it in {@code If-Match}, and are refused when someone changed the
 * account since. An administrator also revokes every API token of an account, as when one
 * may have leaked, and lifts the lock that failed sign-ins put on an account.
 */
@RestController
@RequestMapping("/api/v1/accounts")
record AccountApiController(AccountService accounts, ApiTokenService tokens) {

	@GetMapping
	PageOf<AccountSummary> accounts(PageOf.Request page) {
		return accounts.accounts(page);
	}

	@GetMapping("/{username}")
	ResponseEntity<AccountSummary> account(@PathVariable String username) {
		return Versions.ok(accounts.account(username));
	}

	@PostMapping
	ResponseEntity<AccountSummary> create(@RequestBody AccountData data) {
		return Versions.created(accounts.create(data), account -> "/api/v1/accounts/" + account.username());
	}

	@PostMapping("/{username}/disable")
	ResponseEntity<AccountSummary> disable(@PathVariable String username, @IfMatch @Nullable Long version,
			Principal administrator) {
		return Versions.ok(accounts.disable(username, version, administrator.getName()));
	}

	@PostMapping("/{username}/enable")
	ResponseEntity<AccountSummary> enable(@PathVariable String username, @IfMatch @Nullable Long version) {
		return Versions.ok(accounts.enable(username, version));
	}

	/**
	 * Lifts the lock that failed sign-ins put on the account and forgets them; answers
	 * the account, unlocked, whether it was locked or not.
	 */
	@PostMapping("/{username}/unlock")
	ResponseEntity<AccountSummary> unlock(@PathVariable String username) {
		return Versions.ok(accounts.unlock(username));
	}

	/** A new password, set by an administrator. */
	record PasswordChange(@Nullable String password) {
	}

	@PostMapping("/{username}/password")
	ResponseEntity<AccountSummary> changePassword(@PathVariable String username, @IfMatch @Nullable Long version,
			@RequestBody PasswordChange change) {
		return Versions.ok(accounts.changePassword(username, version, change.password()));
	}

	/** How many API tokens an administrator just revoked. */
	record RevokedTokens(int revoked) {
	}

	/**
	 * Revokes every API token of the account; 404 when it had none, as every DELETE that
	 * finds nothing to delete answers.
	 */
	@DeleteMapping("/{username}/tokens")
	RevokedTokens revokeTokens(@PathVariable String username) {
		int revoked = tokens.revokeAll(username);
		if (revoked == 0) {
			throw new RecordNotFoundException("API token of the account", username);
		}
		return new RevokedTokens(revoked);
	}

}
