package org.liaison.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryService;
import org.liaison.identity.internal.Account;
import org.liaison.identity.internal.AccountQueries;
import org.liaison.identity.internal.AccountRepository;
import org.liaison.identity.internal.ApiTokenStore;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleRecordException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and administers accounts. Passwords are kept only as bcrypt hashes, and no read
 * of this service returns one. Changes may name the version they are based on; a stale
 * one is refused.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountService {

	private final AccountRepository accounts;

	private final AccountQueries queries;

	private final PasswordEncoder passwords;

	private final DirectoryService directory;

	private final ApiTokenStore tokens;

	private final SignInThrottle throttle;

	@Transactional
	public void create(String username, String password, Role role, @Nullable NationCode nation) {
		create(username, password, role, nation, null);
	}

	/**
	 * Creates an account; a provider's names the organisation of the directory it works
	 * for.
	 */
	@Transactional
	public AccountSummary create(String username, String password, Role role, @Nullable NationCode nation,
			@Nullable String organisation) {
		List<Problem> problems = new ArrayList<>();
		check(username, password, role, nation, organisation, problems);
		return save(username, password, role, nation, organisation, problems);
	}

	/**
	 * Creates an account as an administrator asked for it. Every problem of the input is
	 * reported at once, by field, and nothing is written until there are none.
	 */
	@Transactional
	public AccountSummary create(AccountData data) {
		List<Problem> problems = new ArrayList<>();
		Role role = role(data.role(), problems);
		NationCode nation = nation(data.nation(), problems);
		String username = data.username() == null ? "" : data.username().strip();
		String password = data.password() == null ? "" : data.password();
		check(username, password, role, nation, data.organisation(), problems);
		return save(username, password, role, nation, data.organisation(), problems);
	}

	private AccountSummary save(String username, String password, @Nullable Role role, @Nullable NationCode nation,
			@Nullable String organisation, List<Problem> problems) {
		if (!problems.isEmpty() || role == null) {
			throw new InvalidInputException(problems);
		}
		return summary(accounts.save(Account.create(username, passwords.encode(password), role, nation, organisation)));
	}

	@Transactional(readOnly = true)
	public PageOf<AccountSummary> accounts(PageOf.Request page) {
		return queries.accounts(page);
	}

	@Transactional(readOnly = true)
	public AccountSummary account(String username) {
		return queries.account(username).orElseThrow(() -> new RecordNotFoundException("account", username));
	}

	/**
	 * Stops an account from signing in. An administrator may not disable their own
	 * account: it is how an installation always keeps at least one administrator who can
	 * sign in.
	 */
	@Transactional
	public AccountSummary disable(String username, @Nullable Long version, String administrator) {
		Account account = load(username, version);
		if (account.username().equals(administrator)) {
			throw new RuleViolationException(
					"You cannot disable your own account; another administrator can, so that one always remains");
		}
		account.disable();
		return summary(accounts.save(account));
	}

	@Transactional
	public AccountSummary enable(String username, @Nullable Long version) {
		Account account = load(username, version);
		account.enable();
		return summary(accounts.save(account));
	}

	/** Sets a new password, as an administrator does for someone who lost theirs. */
	@Transactional
	public AccountSummary changePassword(String username, @Nullable Long version, @Nullable String password) {
		Account account = load(username, version);
		List<Problem> problems = new ArrayList<>();
		String newPassword = password == null ? "" : password;
		PasswordPolicy.check("password", newPassword, username, problems);
		InvalidInputException.throwIfAny(problems);
		return setPassword(account, newPassword);
	}

	/**
	 * Sets a new password as the account's holder asks for it, with the current one. A
	 * wrong current password counts as a failed sign-in from {@code address}, so that a
	 * session left open cannot be used to guess it; while the account or the address is
	 * locked the change is refused without a look at either password.
	 */
	@Transactional
	public AccountSummary changeOwnPassword(String username, @Nullable String oldPassword, @Nullable String newPassword,
			@Nullable String address) {
		Account account = load(username, null);
		Optional<SignInLock> lock = throttle.lock(username, address);
		if (lock.isPresent()) {
			throw new SignInLockedException(lock.get());
		}
		String current = oldPassword == null ? "" : oldPassword;
		String next = newPassword == null ? "" : newPassword;
		List<Problem> problems = new ArrayList<>();
		if (!passwords.matches(current, account.passwordHash())) {
			SignInThrottle.Failure failure = throttle.failed(username, address);
			if (failure.lock() != null) {
				throw new SignInLockedException(failure.lock());
			}
			problems.add(new Problem("oldPassword",
					"Your current password is not right. After " + SignInThrottle.ACCOUNT_FAILURES
							+ " failed tries, signing in to your account is paused for a while"));
		}
		PasswordPolicy.check("newPassword", next, username, problems);
		if (problems.isEmpty() && next.equals(current)) {
			problems.add(new Problem("newPassword", "The new password is your current one; choose another"));
		}
		InvalidInputException.throwIfAny(problems);
		throttle.succeeded(username);
		return setPassword(account, next);
	}

	/**
	 * Lifts the lock that failed sign-ins put on an account, and forgets them, as an
	 * administrator does for its holder.
	 */
	@Transactional
	public AccountSummary unlock(String username) {
		Account account = load(username, null);
		throttle.unlock(username);
		return summary(account);
	}

	private AccountSummary setPassword(Account account, String password) {
		account.changePassword(passwords.encode(password));
		// A new password is set when the old one is lost or may be known to someone else:
		// the API tokens made with the old one go with it, and the browser sessions
		// signed in with it end (StaleSessionFilter).
		tokens.removeAll(account.username());
		return summary(accounts.save(account));
	}

	/**
	 * How many times the account's password was set, which a browser session notes when
	 * it signs in.
	 */
	@Transactional(readOnly = true)
	public int passwordGeneration(String username) {
		return queries.sessionState(username).map(AccountQueries.SessionState::passwordGeneration).orElse(0);
	}

	@Transactional(readOnly = true)
	public boolean any() {
		return accounts.count() > 0;
	}

	@Transactional(readOnly = true)
	public Optional<Role> roleOf(String username) {
		return accounts.findByUsername(username).map(Account::role);
	}

	/**
	 * What the account reads as today, for a credential that stands for it outside a
	 * sign-in (a calendar feed's token): nothing once the account is disabled or gone.
	 */
	@Transactional(readOnly = true)
	public Optional<Audience> audienceOf(String username) {
		return accounts.findByUsername(username)
			.filter(Account::enabled)
			.map(account -> account.role().audience(account.nation(), account.organisation()));
	}

	/**
	 * Whether a browser session signed in to the account must end, since signing in
	 * checks the account only once: the account was disabled since, or its password was
	 * set again ({@code passwordGeneration} is the one the session noted at sign-in, or
	 * null for a session that noted none).
	 */
	@Transactional(readOnly = true)
	public boolean sessionHasEnded(String username, @Nullable Integer passwordGeneration) {
		return queries.sessionState(username)
			.map(state -> !state.enabled()
					|| (passwordGeneration != null && passwordGeneration != state.passwordGeneration()))
			.orElse(false);
	}

	private Account load(String username, @Nullable Long version) {
		Account account = accounts.findByUsername(username)
			.orElseThrow(() -> new RecordNotFoundException("account", username));
		if (version != null && !version.equals(account.version())) {
			throw new StaleRecordException("account", username);
		}
		return account;
	}

	private void check(String username, String password, @Nullable Role role, @Nullable NationCode nation,
			@Nullable String organisation, List<Problem> problems) {
		if (!Account.isValidUsername(username)) {
			problems.add(new Problem("username", Account.USERNAME_RULE));
		}
		else if (accounts.findByUsername(username).isPresent()) {
			problems.add(new Problem("username", "The username '" + username + "' is taken"));
		}
		PasswordPolicy.check("password", password, username, problems);
		boolean hasOrganisation = organisation != null && !organisation.isBlank();
		if (role != null) {
			if (role.needsNation() && nation == null && !has(problems, "nation")) {
				problems.add(new Problem("nation",
						"A " + role + " account belongs to a nation: give its three-letter code"));
			}
			if (!role.takesNation() && nation != null) {
				problems
					.add(new Problem("nation", "A " + role + " account belongs to no nation; leave the nation empty"));
			}
			if (role.needsOrganisation() && !hasOrganisation) {
				problems.add(new Problem("organisation",
						"A " + role + " account works for an organisation of the directory"));
			}
			if (!role.takesOrganisation() && hasOrganisation) {
				problems.add(new Problem("organisation",
						"A " + role + " account works for no organisation; leave the organisation empty"));
			}
		}
		if (hasOrganisation && !has(problems, "organisation")
				&& directory.organisationByRef(organisation.strip(), Audience.alliance()).isEmpty()) {
			problems.add(new Problem("organisation", "'" + organisation + "' is not an organisation of the directory"));
		}
	}

	private static @Nullable Role role(@Nullable String name, List<Problem> problems) {
		if (name == null || name.isBlank()) {
			problems.add(new Problem("role", "Choose a role"));
			return null;
		}
		try {
			return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem("role", "'" + name + "' is not a role; the roles are " + List.of(Role.values())));
			return null;
		}
	}

	private static @Nullable NationCode nation(@Nullable String code, List<Problem> problems) {
		if (code == null || code.isBlank()) {
			return null;
		}
		if (!NationCode.isValid(code)) {
			problems.add(new Problem("nation", "'" + code
					+ "' is not a nation code; give the nation's three letters (ISO 3166-1 alpha-3), as in SRB"));
			return null;
		}
		return NationCode.of(code);
	}

	private static boolean has(List<Problem> problems, String field) {
		return problems.stream().anyMatch(problem -> problem.field().equals(field));
	}

	private AccountSummary summary(Account account) {
		Long version = account.version();
		return new AccountSummary(account.username(), account.role(), account.nation(), account.organisation(),
				account.enabled(), account.createdAt(), version == null ? 0 : version,
				throttle.lockedUntil(account.username()).orElse(null));
	}

}
