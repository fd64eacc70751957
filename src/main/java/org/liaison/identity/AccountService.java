package org.liaison.identity;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.identity.internal.Account;
import org.liaison.identity.internal.AccountRepository;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts. Passwords are kept only as bcrypt hashes.
 */
@Service
public class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	AccountService(AccountRepository accounts, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@Transactional
	public void create(String username, String password, Role role, @Nullable NationCode nation) {
		if (accounts.findByUsername(username).isPresent()) {
			throw InvalidInputException.of("username", "The username '" + username + "' is taken");
		}
		if (password.length() < 12) {
			throw InvalidInputException.of("password", "A password has at least 12 characters");
		}
		accounts.save(Account.create(username, passwords.encode(password), role, nation));
	}

	@Transactional(readOnly = true)
	public boolean any() {
		return accounts.count() > 0;
	}

	@Transactional(readOnly = true)
	public Optional<Role> roleOf(String username) {
		return accounts.findByUsername(username).map(Account::role);
	}

}
