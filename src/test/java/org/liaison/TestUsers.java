package org.liaison;

import org.liaison.identity.AccountService;
import org.liaison.identity.Role;
import org.liaison.shared.NationCode;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signed-in users of each role for MockMvc requests, with the same authorities a real
 * account gets at sign-in ({@code ROLE_x}, {@code NATION_x} for a partner's coordinator
 * and {@code ORGANISATION_x} for an activity provider or an executing agent).
 */
public final class TestUsers {

	private TestUsers() {
	}

	public static RequestPostProcessor admin() {
		return user("admin-test").authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
	}

	public static RequestPostProcessor nato() {
		return user("nato-test").authorities(new SimpleGrantedAuthority("ROLE_NATO_STAFF"));
	}

	public static RequestPostProcessor ally() {
		return user("ally-test").authorities(new SimpleGrantedAuthority("ROLE_ALLY"),
				new SimpleGrantedAuthority("NATION_SVK"));
	}

	public static RequestPostProcessor partner(String nation) {
		return user("partner-" + nation.toLowerCase()).authorities(new SimpleGrantedAuthority("ROLE_PARTNER"),
				new SimpleGrantedAuthority("NATION_" + nation));
	}

	/**
	 * An activity provider's account, working for the organisation of the directory with
	 * this reference.
	 */
	public static RequestPostProcessor provider(String organisation) {
		return user("provider-" + organisation).authorities(new SimpleGrantedAuthority("ROLE_PROVIDER"),
				new SimpleGrantedAuthority("ORGANISATION_" + organisation));
	}

	/**
	 * Gives the test users {@link #nato()} and {@link #partner(String)} of these nations
	 * real accounts, for what checks an account outside a sign-in (a calendar feed's
	 * token).
	 */
	public static void haveAccounts(AccountService accounts, String... nations) {
		if (accounts.roleOf("nato-test").isEmpty()) {
			accounts.create("nato-test", "a-test-password-of-staff", Role.NATO_STAFF, null);
		}
		for (String nation : nations) {
			String username = "partner-" + nation.toLowerCase();
			if (accounts.roleOf(username).isEmpty()) {
				accounts.create(username, "a-test-password-of-" + username, Role.PARTNER, NationCode.of(nation));
			}
		}
	}

	/**
	 * An executing agent's account that works for no organisation: it reads what the
	 * public reads.
	 */
	public static RequestPostProcessor agent() {
		return user("agent-test").authorities(new SimpleGrantedAuthority("ROLE_AGENT"));
	}

	/**
	 * An executing agent's account, working for the organisation of the directory with
	 * this reference.
	 */
	public static RequestPostProcessor agent(String organisation) {
		return user("agent-" + organisation).authorities(new SimpleGrantedAuthority("ROLE_AGENT"),
				new SimpleGrantedAuthority("ORGANISATION_" + organisation));
	}

}
