package org.liaison.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.identity.internal.ApiTokenStore;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: what a script gives instead of its holder's password. A token is
 * 32 random bytes, base64url, after {@value #PREFIX}; only its SHA-256 hash is kept, so
 * checking it is one indexed lookup where a password costs a bcrypt hash, and a stolen
 * database yields no token. A token reads and acts as its holder's account does at the
 * time of the call: not at all once the account is disabled. It may also issue and revoke
 * its holder's tokens, as the holder may; a leaked token is therefore revoked together
 * with any token it may have made.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApiTokenService {

	/** Makes a token recognisable in a script, a log or a scan for leaked secrets. */
	public static final String PREFIX = "lsn_";

	static final int MAX_NAME_LENGTH = 100;

	/**
	 * Enough for every script a person runs; more suggests tokens made and never revoked.
	 */
	static final int MAX_TOKENS_PER_ACCOUNT = 20;

	/**
	 * How far {@code last_used_at} may lag: writing it on every call would turn each read
	 * into a write, while a holder deciding whether a token is still in use needs days,
	 * not seconds.
	 */
	static final Duration LAST_USE_PRECISION = Duration.ofMinutes(5);

	private static final int TOKEN_BYTES = 32;

	/**
	 * The prefix and 43 characters of base64url; anything longer is not a token of ours.
	 */
	private static final int TOKEN_LENGTH = PREFIX.length() + 43;

	private final ApiTokenStore store;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/**
	 * Issues a token to the account under a name its holder tells it by (1 to 100
	 * characters, unique among the account's tokens). The answer is the only time the
	 * token is shown.
	 */
	@Transactional
	public ApiTokenIssued issue(String username, @Nullable String name) {
		String tokenName = name == null ? "" : name.strip();
		if (tokenName.isEmpty() || tokenName.length() > MAX_NAME_LENGTH) {
			throw InvalidInputException.of("name", "A token's name has 1 to " + MAX_NAME_LENGTH
					+ " characters: say what the token is for, so that you know which one to revoke");
		}
		if (!store.lockAccount(username)) {
			throw new RecordNotFoundException("account", username);
		}
		if (store.hasName(username, tokenName)) {
			throw InvalidInputException.of("name",
					"You already have a token named '" + tokenName + "'; choose another name");
		}
		if (store.count(username) >= MAX_TOKENS_PER_ACCOUNT) {
			throw new RuleViolationException("You hold " + MAX_TOKENS_PER_ACCOUNT
					+ " API tokens, the most an account may hold; revoke one you no longer use first");
		}
		byte[] secret = new byte[TOKEN_BYTES];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = UUID.randomUUID();
		// The databases keep microseconds; the token answered now reads as it will when
		// listed.
		Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
		store.add(id, username, tokenName, hash(token), createdAt);
		return new ApiTokenIssued(id, tokenName, token, createdAt);
	}

	/** The account's tokens, newest first; never a token or its hash. */
	@Transactional(readOnly = true)
	public List<ApiTokenSummary> tokens(String username) {
		return store.tokens(username);
	}

	/**
	 * One of the account's tokens; another account's is not found, as if it did not
	 * exist.
	 */
	@Transactional(readOnly = true)
	public ApiTokenSummary token(String username, UUID id) {
		return store.token(username, id).orElseThrow(() -> new RecordNotFoundException("API token", id));
	}

	/**
	 * Revokes one of the account's own tokens and answers it, so that its holder is told
	 * which one went; another account's token is not found, and stays.
	 */
	@Transactional
	public ApiTokenSummary revoke(String username, UUID id) {
		ApiTokenSummary token = token(username, id);
		if (!store.remove(username, id)) {
			// Revoked by a call of the same holder in between: gone all the same.
			throw new RecordNotFoundException("API token", id);
		}
		return token;
	}

	/**
	 * Revokes every token of an account, as an administrator does when one may have
	 * leaked; answers how many there were.
	 */
	@Transactional
	public int revokeAll(String username) {
		if (!store.lockAccount(username)) {
			throw new RecordNotFoundException("account", username);
		}
		return store.removeAll(username);
	}

	/**
	 * The signed-in account a token stands for, with the authorities a sign-in gives it,
	 * or nothing for a token that is unknown, revoked, or whose account is disabled (not
	 * told apart, so that a caller learns nothing from guessing). Notes the use when the
	 * last one noted is older than {@link #LAST_USE_PRECISION}.
	 */
	public Optional<Authentication> authenticate(String token) {
		if (!token.startsWith(PREFIX) || token.length() != TOKEN_LENGTH) {
			return Optional.empty();
		}
		return store.holder(hash(token)).map(holder -> {
			Instant now = clock.instant();
			Instant stale = now.minus(LAST_USE_PRECISION);
			Instant lastUsed = holder.lastUsedAt();
			if (lastUsed == null || lastUsed.isBefore(stale)) {
				store.markUsed(holder.tokenId(), now.truncatedTo(ChronoUnit.MICROS), stale);
			}
			return UsernamePasswordAuthenticationToken.authenticated(holder.username(), null,
					CurrentAudience.authorities(holder.role(), holder.nation(), holder.organisation()));
		});
	}

	/**
	 * The hex SHA-256 of a token: a token is random enough that a salt or a slow hash
	 * adds nothing.
	 */
	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
