package org.liaison.identity.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.identity.ApiTokenIssued;
import org.liaison.identity.ApiTokenService;
import org.liaison.identity.ApiTokenSummary;
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
 * The caller's own personal API tokens, for any signed-in role: list them, issue one (the
 * answer is the only time its token is shown), revoke one. Signed in by a token, a script
 * may do the same, as its holder could; another account's token is not found.
 */
@RestController
@RequestMapping(OwnAccountApiController.TOKENS)
record OwnAccountApiController(ApiTokenService tokens) {

	static final String TOKENS = "/api/v1/account/tokens";

	@GetMapping
	List<ApiTokenSummary> tokens(Principal user) {
		return tokens.tokens(user.getName());
	}

	@GetMapping("/{id}")
	ApiTokenSummary token(@PathVariable UUID id, Principal user) {
		return tokens.token(user.getName(), id);
	}

	/** What a new token is asked for with: the name its holder will know it by. */
	record TokenRequest(@Nullable String name) {
	}

	/**
	 * A missing body is taken as a missing name, so that the answer names the field to
	 * fill in.
	 */
	@PostMapping
	ResponseEntity<ApiTokenIssued> issue(@RequestBody(required = false) @Nullable TokenRequest request,
			Principal user) {
		ApiTokenIssued issued = tokens.issue(user.getName(), request == null ? null : request.name());
		return Versions.created(TOKENS + "/" + issued.id(), issued);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@PathVariable UUID id, Principal user) {
		tokens.revoke(user.getName(), id);
		return ResponseEntity.noContent().build();
	}

}
