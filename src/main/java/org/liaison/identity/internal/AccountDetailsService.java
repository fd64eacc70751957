package org.liaison.identity.internal;

import lombok.RequiredArgsConstructor;
import org.liaison.identity.CurrentAudience;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads an account for sign-in. Its role becomes {@code ROLE_<role>} and a partner's
 * nation becomes {@code NATION_<code>} and a provider's organisation
 * {@code ORGANISATION_<ref>}: the authorities from which every request's audience is read
 * ({@link CurrentAudience#authorities}, which an API token gets too).
 */
@Service
@RequiredArgsConstructor
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.authorities(CurrentAudience.authorities(account.role(), account.nation(), account.organisation()))
			.disabled(!account.enabled())
			.build();
	}

}
