package org.liaison.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.identity.internal.SignInThrottleStore;
import org.liaison.identity.internal.SignInThrottleStore.Count;
import org.liaison.identity.internal.SignInThrottleStore.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down and then stops the guessing of passwords. Failed sign-ins are counted per
 * account, by the username as typed (an unknown username is counted and locked exactly as
 * an existing one, so that a lock tells nothing about which accounts exist), and per
 * client address. {@value #ACCOUNT_FAILURES} failures of an account within
 * {@link #WINDOW}, or {@value #ADDRESS_FAILURES} from one address, lock it for
 * {@link #FIRST_LOCK}; every further lock within {@link #LOCKOUTS_FORGOTTEN_AFTER} lasts
 * twice as long, up to {@link #LONGEST_LOCK}. Before the lock, each failure after the
 * first is answered a little later than the one before. A successful sign-in ends the
 * account's count; an address's count runs out with its window only, so that an attacker
 * cannot wipe it by signing in to an account of their own. The counts are in the
 * database, so that every instance behind a load balancer sees the same ones.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SignInThrottle {

	public static final int ACCOUNT_FAILURES = 5;

	/**
	 * Higher than an account's: many people may sign in from behind one office's address,
	 * and each of them mistypes now and then.
	 */
	public static final int ADDRESS_FAILURES = 30;

	public static final Duration WINDOW = Duration.ofMinutes(15);

	public static final Duration FIRST_LOCK = Duration.ofMinutes(15);

	public static final Duration LONGEST_LOCK = Duration.ofHours(24);

	public static final Duration LOCKOUTS_FORGOTTEN_AFTER = Duration.ofHours(24);

	/**
	 * The delay after the second failure of an account, doubled after each further one.
	 */
	static final Duration FIRST_DELAY = Duration.ofMillis(250);

	/**
	 * A short longest delay: the delay holds a request thread, and the lock is what stops
	 * a patient attacker.
	 */
	static final Duration LONGEST_DELAY = Duration.ofSeconds(1);

	private static final int LONGEST_SUBJECT = 100;

	private final SignInThrottleStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** What a failed attempt led to: a lock, or the delay before it is answered. */
	public record Failure(@Nullable SignInLock lock, Duration delay) {
	}

	/**
	 * The lock that stops this attempt before its password is looked at, if the account
	 * or the address is locked; the one that ends later when both are.
	 */
	@Transactional(readOnly = true)
	public Optional<SignInLock> lock(String username, @Nullable String address) {
		Instant now = clock.instant();
		Optional<SignInLock> account = store.lockedUntil(Kind.ACCOUNT, accountSubject(username), now)
			.map(until -> new SignInLock(SignInLock.Scope.ACCOUNT, until));
		Optional<SignInLock> fromAddress = address == null ? Optional.empty()
				: store.lockedUntil(Kind.ADDRESS, addressSubject(address), now)
					.map(until -> new SignInLock(SignInLock.Scope.ADDRESS, until));
		if (account.isPresent() && fromAddress.isPresent()) {
			return account.get().until().isAfter(fromAddress.get().until()) ? account : fromAddress;
		}
		return account.isPresent() ? account : fromAddress;
	}

	/**
	 * Counts a failed attempt against the account and the address. In a transaction of
	 * its own, so that it is kept when the change that checked the password is refused.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Failure failed(String username, @Nullable String address) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		// Always the account first, then the address: two instances never wait on each
		// other's rows.
		Count account = count(Kind.ACCOUNT, accountSubject(username), ACCOUNT_FAILURES, now);
		Count fromAddress = address == null ? null
				: count(Kind.ADDRESS, addressSubject(address), ADDRESS_FAILURES, now);
		Failure failure;
		if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
			failure = new Failure(new SignInLock(SignInLock.Scope.ACCOUNT, account.lockedUntil()), Duration.ZERO);
		}
		else if (fromAddress != null && fromAddress.lockedUntil() != null && fromAddress.lockedUntil().isAfter(now)) {
			failure = new Failure(new SignInLock(SignInLock.Scope.ADDRESS, fromAddress.lockedUntil()), Duration.ZERO);
		}
		else {
			failure = new Failure(null, delay(account.failures()));
		}
		events.publishEvent(new SignInFailed(username, address, failure.lock()));
		return failure;
	}

	/** Ends the account's count: its holder knows the password. */
	@Transactional
	public void succeeded(String username) {
		store.clear(Kind.ACCOUNT, accountSubject(username));
	}

	/**
	 * Lifts the account's lock and forgets its failures, as an administrator does for its
	 * holder.
	 */
	@Transactional
	public void unlock(String username) {
		store.clear(Kind.ACCOUNT, accountSubject(username));
		events.publishEvent(new SignInUnlocked(username));
	}

	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username) {
		return store.lockedUntil(Kind.ACCOUNT, accountSubject(username), clock.instant());
	}

	private Count count(Kind kind, String subject, int threshold, Instant now) {
		Count count = store.lockForUpdate(kind, subject, now);
		if (count.lockedUntil() != null && count.lockedUntil().isAfter(now)) {
			// Counted while another instance was setting the lock: the lock stands as
			// set.
			return count;
		}
		int lockouts = count.lastFailureAt().isBefore(now.minus(LOCKOUTS_FORGOTTEN_AFTER)) ? 0 : count.lockouts();
		boolean fresh = count.failures() == 0 || count.windowStartedAt().isBefore(now.minus(WINDOW));
		int failures = fresh ? 1 : count.failures() + 1;
		Instant windowStartedAt = fresh ? now : count.windowStartedAt();
		Count counted;
		if (failures >= threshold) {
			// The lock ends on a whole second, as it is told: a fraction written with
			// three
			// digits or with six would tell apart two answers that must read the same (a
			// known name's and an unknown one's).
			counted = new Count(0, now, now, now.plus(lockFor(lockouts)).truncatedTo(ChronoUnit.SECONDS), lockouts + 1);
		}
		else {
			counted = new Count(failures, windowStartedAt, now, null, lockouts);
		}
		store.save(kind, subject, counted);
		return counted;
	}

	static Duration lockFor(int earlierLockouts) {
		Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(earlierLockouts, 10));
		return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
	}

	static Duration delay(int failures) {
		if (failures < 2) {
			return Duration.ZERO;
		}
		Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(failures - 2, 10));
		return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
	}

	/** The username as typed; a name too long for any account stands as its hash. */
	static String accountSubject(String username) {
		return username.length() <= LONGEST_SUBJECT ? username : "sha256:" + sha256(username);
	}

	/**
	 * An IPv4 address as it is; an IPv6 address by its /64 network, since anyone who
	 * holds one IPv6 address holds the whole /64 around it.
	 */
	static String addressSubject(String address) {
		if (address.indexOf(':') >= 0) {
			try {
				// A literal with a colon is parsed, never looked up.
				byte[] bytes = InetAddress.getByName(address).getAddress();
				if (bytes.length == 16) {
					return HexFormat.ofDelimiter(":").formatHex(Arrays.copyOf(bytes, 8)) + "::/64";
				}
			}
			catch (UnknownHostException ex) {
				// Not an address: counted as given.
			}
		}
		return accountSubject(address);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
