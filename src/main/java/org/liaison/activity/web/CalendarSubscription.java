package org.liaison.activity.web;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.CalendarTokens;
import org.liaison.shared.NationCode;

/**
 * The calendar subscription section of a partner's programme page. {@code link} is the
 * feed's URL with a token just issued: it exists only in the answer to creating it, since
 * only the token's hash is kept. {@code revoked} counts the links just revoked.
 * {@code mayCreate} is false for a user who revokes links of a feed they may no longer
 * hold a token for.
 */
public record CalendarSubscription(NationCode partner, CalendarTokens tokens, boolean mayCreate, @Nullable String link,
		@Nullable Integer revoked) {

	static final String CREATE = "/partners/{code}/calendar-token";

	static final String REVOKE = CREATE + "/revoke";

	public String createPath() {
		return CREATE.replace("{code}", partner.value());
	}

	public String revokePath() {
		return REVOKE.replace("{code}", partner.value());
	}

}
