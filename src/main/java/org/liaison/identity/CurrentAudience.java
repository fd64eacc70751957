package org.liaison.identity;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The audience of the current request, read from the signed-in account's authorities.
 * Anyone not signed in reads as the public.
 */
public final class CurrentAudience {

	/**
	 * The authority that names the organisation an account works for:
	 * {@code ORGANISATION_<ref>}.
	 */
	public static final String ORGANISATION_PREFIX = "ORGANISATION_";

	private CurrentAudience() {
	}

	/**
	 * The authorities of an account, from which {@link #of} reads its audience back. A
	 * sign-in and an API token both take them from here, so that every rule reads the two
	 * alike.
	 */
	public static List<GrantedAuthority> authorities(Role role, @Nullable NationCode nation,
			@Nullable String organisation) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		if (nation != null) {
			authorities.add(new SimpleGrantedAuthority("NATION_" + nation.value()));
		}
		if (organisation != null) {
			authorities.add(new SimpleGrantedAuthority(ORGANISATION_PREFIX + organisation));
		}
		return authorities;
	}

	public static Audience get() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	public static Audience of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Audience.ANONYMOUS;
		}
		Role role = null;
		NationCode nation = null;
		String organisation = null;
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name == null) {
				continue;
			}
			if (name.startsWith("ROLE_")) {
				Role candidate = parseRole(name.substring(5));
				if (candidate != null && (role == null || candidate.ordinal() < role.ordinal())) {
					role = candidate;
				}
			}
			else if (name.startsWith("NATION_") && NationCode.isValid(name.substring(7))) {
				nation = NationCode.of(name.substring(7));
			}
			else if (name.startsWith(ORGANISATION_PREFIX) && name.length() > ORGANISATION_PREFIX.length()) {
				organisation = name.substring(ORGANISATION_PREFIX.length());
			}
		}
		if (role == null || (role.needsNation() && nation == null)) {
			return Audience.publicOnly(true);
		}
		return role.audience(nation, organisation);
	}

	private static Role parseRole(String name) {
		try {
			return Role.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
