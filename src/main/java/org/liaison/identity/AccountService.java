package org.liaison.identity;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryService;
import org.liaison.identity.internal.Account;
import org.liaison.identity.internal.AccountRepository;
import org.liaison.shared.Audience;
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

	private final DirectoryService directory;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, DirectoryService directory) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.directory = directory;
	}

	@Transactional
	public void create(String username, String password, Role role, @Nullable NationCode nation) {
		create(username, password, role, nation, null);
	}

	/** Creates an account; a provider's names the organisation of the directory it works for. */
	@Transactional
	public void create(String username, String password, Role role, @Nullable NationCode nation,
			@Nullable String organisation) {
		if (accounts.findByUsername(username).isPresent()) {
			throw InvalidInputException.of("username", "The username '" + username + "' is taken");
		}
		if (password.length() < 12) {
			throw InvalidInputException.of("password", "A password has at least 12 characters");
		}
		if (role.needsOrganisation() && (organisation == null || organisation.isBlank())) {
			throw InvalidInputException.of("organisation", "A " + role + " account works for an organisation of the directory");
		}
		if (organisation != null && !organisation.isBlank()
				&& directory.organisationByRef(organisation.strip(), Audience.alliance()).isEmpty()) {
			throw InvalidInputException.of("organisation", "'" + organisation + "' is not an organisation of the directory");
		}
		accounts.save(Account.create(username, passwords.encode(password), role, nation, organisation));
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
