package org.liaison.identity;

import org.jspecify.annotations.Nullable;

/**
 * A new account as an administrator asks for it, from the API or the page. Every value is
 * taken as text, so that an unknown role or a malformed nation code comes back as a
 * problem of that field together with every other problem, rather than as an unreadable
 * request.
 */
public record AccountData(@Nullable String username, @Nullable String password, @Nullable String role,
		@Nullable String nation, @Nullable String organisation) {

	public static AccountData blank() {
		return new AccountData("", "", "", "", "");
	}

	/**
	 * The same data without the password, to fill a form in again without echoing a
	 * secret.
	 */
	public AccountData withoutPassword() {
		return new AccountData(username, "", role, nation, organisation);
	}

}
