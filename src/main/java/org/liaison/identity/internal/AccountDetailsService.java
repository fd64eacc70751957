package org.liaison.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.liaison.identity.CurrentAudience;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads an account for sign-in. Its role becomes {@code ROLE_<role>} and a partner's nation
 * becomes {@code NATION_<code>} and a provider's organisation {@code ORGANISATION_<ref>}: the
 * authorities from which every request's audience is read.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
		if (account.nation() != null) {
			authorities.add(new SimpleGrantedAuthority("NATION_" + account.nation().value()));
		}
		if (account.organisation() != null) {
			authorities.add(new SimpleGrantedAuthority(CurrentAudience.ORGANISATION_PREFIX + account.organisation()));
		}
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.authorities(authorities)
			.disabled(!account.enabled())
			.build();
	}

}
