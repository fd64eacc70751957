package org.liaison.activity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.activity.internal.ActivityStore;
import org.liaison.activity.internal.EventQueries;
import org.liaison.identity.AccountService;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's calendar feed (the events of a window of days it has approved places at, as
 * RFC 5545) and the tokens that let a calendar client read it without signing in. A token
 * is answered once and only its hash is kept; it reads as the account it was issued to
 * reads today, so a disabled account, or one that may no longer follow the partner, makes
 * its links dead.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CalendarFeed {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ActivityStore store;

	private final EventQueries events;

	private final PartnerService partners;

	private final AccountService accounts;

	private final Clock clock;

	/**
	 * The events a partner has approved places at in a window of days, as an RFC 5545
	 * calendar, for a reader signed in or for a calendar client that gives a token issued
	 * for this partner's feed (it then reads as the token's holder reads today). Only a
	 * reader who may see the partner's requests gets any event (another partner none),
	 * and only events of activities the reader may see; the public is refused. The window
	 * is {@code from} and {@code to}, either or both left out ({@link CalendarWindow}).
	 * Everything that can be refused is refused here, before a line is written.
	 */
	public PartnerCalendar calendar(NationCode partner, @Nullable String token, Audience reader, @Nullable String from,
			@Nullable String to) {
		CalendarWindow window = CalendarWindow.requested(from, to, LocalDate.now(clock));
		Audience audience = token == null ? reader
				: store.calendarTokenHolder(hash(token), partner)
					.flatMap(accounts::audienceOf)
					.filter(holder -> mayHoldCalendarToken(partner, holder))
					.orElseThrow(() -> new RecordNotFoundException("calendar", partner));
		if (!audience.signedIn()) {
			throw new RecordNotFoundException("calendar", partner);
		}
		return new PartnerCalendar(events, partner, audience, window, clock.instant());
	}

	/**
	 * Issues a token for the partner's calendar feed to a user (a partner's user for its
	 * own nation only, or NATO staff). The token is answered once; only its hash is kept.
	 */
	@Transactional
	public String issueCalendarToken(NationCode partner, String username, Audience actor) {
		if (!mayHoldCalendarToken(partner, actor)) {
			throw new RecordNotFoundException("calendar", partner);
		}
		partners.requirePartner(partner);
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		store.addCalendarToken(hash(token), partner, username, clock.instant());
		return token;
	}

	/**
	 * Whether the reader may hold a token for the partner's calendar feed: its own users
	 * and NATO staff.
	 */
	public boolean mayHoldCalendarToken(NationCode partner, Audience reader) {
		return reader.kind() == Audience.Kind.PARTNER ? partner.equals(reader.nation()) : reader.isNatoStaff();
	}

	/**
	 * How many tokens the user holds for the partner's calendar feed, and since when;
	 * never the tokens.
	 */
	public CalendarTokens calendarTokens(NationCode partner, String username) {
		return store.calendarTokens(partner, username);
	}

	/**
	 * Revokes the user's calendar tokens for the partner's feed; answers how many there
	 * were.
	 */
	@Transactional
	public int revokeCalendarTokens(NationCode partner, String username) {
		return store.revokeCalendarTokens(partner, username);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
