package org.liaison.identity.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.identity.ApiTokenIssued;
import org.liaison.identity.ApiTokenSummary;
import org.liaison.web.FormErrors;

/**
 * The API tokens section of the account page. {@code issued} holds a token just issued:
 * it exists only in the answer to issuing it, since only the token's hash is kept.
 * {@code revoked} names the token just revoked; {@code name} and {@code errors} refill
 * the form after a refusal.
 */
public record ApiTokenSection(List<ApiTokenSummary> tokens, @Nullable ApiTokenIssued issued, @Nullable String revoked,
		String name, FormErrors errors) {

	public static final String ISSUE = "/account/tokens";

	public String revokePath(ApiTokenSummary token) {
		return ISSUE + "/" + token.id() + "/revoke";
	}

}
