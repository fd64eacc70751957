package org.liaison.activity.internal;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Audience;

/**
 * What an audience may read, as SQL conditions shared by every read model of the module:
 * the menu by releasability (a {@code PARTNER} activity is seen by every signed-in
 * partner user), requests by partner (a partner's users see their own nation's only, the
 * public none), and a provider's own activities, events and the requests for them by
 * provider. Written once so that the menu, the events and the requests can never disagree
 * about who sees what.
 */
final class ReadScope {

	private ReadScope() {
	}

	/**
	 * Which activities an audience sees, for a query whose activity is aliased {@code a}.
	 * A provider also sees its own activities, whatever their releasability.
	 */
	static String menuCondition(Audience audience) {
		return switch (audience.kind()) {
			case ALLIANCE, ALLY -> "(1 = 1)";
			case PARTNER -> "(a.releasability in ('PUBLIC', 'PARTNER'))";
			case PUBLIC -> audience.provider() == null ? "(a.releasability = 'PUBLIC')"
					: "(a.releasability = 'PUBLIC' or a.provider = :audienceProvider)";
		};
	}

	/**
	 * Which of the participation totals ({@code activity_participation_total}, aliased
	 * {@code t}) an audience sees: the requests and activities {@link #requestCondition}
	 * and {@link #menuCondition} let it see, by the totals' partner and releasability;
	 * {@code null} for a provider, whose activities the totals do not tell apart.
	 */
	static @Nullable String totalsCondition(Audience audience) {
		return switch (audience.kind()) {
			case ALLIANCE, ALLY -> "(1 = 1)";
			case PARTNER -> "(t.partner = :audienceNation and t.releasability in ('PUBLIC', 'PARTNER'))";
			case PUBLIC -> audience.provider() == null ? "(1 = 0)" : null;
		};
	}

	/**
	 * {@link #menuCondition} by the place a request keeps of its activity (aliased
	 * {@code r}, where the database keeps it), for the audiences whose condition is the
	 * activity's releasability alone; {@code null} for a provider, whose condition is who
	 * provides the activity, and the public, who see no request.
	 */
	static @Nullable String keptMenuCondition(Audience audience) {
		return switch (audience.kind()) {
			case ALLIANCE, ALLY -> "(1 = 1)";
			case PARTNER -> "(r.releasability in ('PUBLIC', 'PARTNER'))";
			case PUBLIC -> null;
		};
	}

	/** Whether the audience sees every activity, so that none is withheld from it. */
	static boolean seesWholeMenu(Audience audience) {
		return audience.kind() == Audience.Kind.ALLIANCE || audience.kind() == Audience.Kind.ALLY;
	}

	/**
	 * Which requests an audience sees, for a query whose request is aliased {@code r} and
	 * the request's activity {@code a}: a partner its own nation's, a provider those for
	 * its own activities, the public none.
	 */
	static String requestCondition(Audience audience) {
		return switch (audience.kind()) {
			case ALLIANCE, ALLY -> "(1 = 1)";
			case PARTNER -> "(r.partner = :audienceNation)";
			case PUBLIC -> audience.provider() == null ? "(1 = 0)" : "(a.provider = :audienceProvider)";
		};
	}

}
