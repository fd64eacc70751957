package org.liaison.shared;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Who a read is made for: the releasability and partner scope every read model applies in
 * its query, so that nothing a reader may not see is ever selected, counted or exported.
 * <ul>
 * <li>{@link Kind#PUBLIC}: anonymous readers and accounts with no partnership role
 * (agents, providers) see {@code PUBLIC} records only; an account that works for an
 * organisation (an activity provider, an executing agent) also sees what that
 * organisation owns, such as its own activities and the requests for their events, or the
 * trust-fund projects it executes, in the queries of the module that owns them.</li>
 * <li>{@link Kind#PARTNER}: a partner's users also see the {@code PARTNER} records of
 * their own nation, never another partner's.</li>
 * <li>{@link Kind#ALLY}: an Ally's representatives see every partnership's record; their
 * nation is known, for the few records that concern one Ally only (such as its transit
 * requests).</li>
 * <li>{@link Kind#ALLIANCE}: NATO staff and administrators see everything.</li>
 * </ul>
 */
public record Audience(Kind kind, @Nullable NationCode nation, @Nullable String provider,
		@Nullable String executingAgent, boolean signedIn) {

	public static final Audience ANONYMOUS = new Audience(Kind.PUBLIC, null, null, null, false);

	public Audience {
		if (kind == Kind.PARTNER && nation == null) {
			throw new IllegalArgumentException("A partner audience belongs to a nation");
		}
		if ((provider != null || executingAgent != null) && kind != Kind.PUBLIC) {
			throw new IllegalArgumentException("Only an account without a partnership role reads for an organisation");
		}
		if (provider != null && executingAgent != null) {
			throw new IllegalArgumentException("An account reads as a provider or as an executing agent, not both");
		}
	}

	public static Audience alliance() {
		return new Audience(Kind.ALLIANCE, null, null, null, true);
	}

	public static Audience ally(@Nullable NationCode nation) {
		return new Audience(Kind.ALLY, nation, null, null, true);
	}

	public static Audience partner(NationCode nation) {
		return new Audience(Kind.PARTNER, nation, null, null, true);
	}

	public static Audience publicOnly(boolean signedIn) {
		return new Audience(Kind.PUBLIC, null, null, null, signedIn);
	}

	/**
	 * An activity provider's account: it reads for the organisation that provides the
	 * activities (a training centre), and for nothing else that organisation may do.
	 */
	public static Audience provider(String organisation) {
		return new Audience(Kind.PUBLIC, null, organisation, null, true);
	}

	/**
	 * An executing agent's account: it reads for the organisation that executes
	 * trust-fund projects, and for nothing else that organisation may do.
	 */
	public static Audience executingAgent(String organisation) {
		return new Audience(Kind.PUBLIC, null, null, organisation, true);
	}

	/**
	 * Whether this reader is the provider of activities of this organisation (and so
	 * keeps them).
	 */
	public boolean isProvider(@Nullable String organisation) {
		return provider != null && provider.equals(organisation);
	}

	/**
	 * Whether this reader is the executing agent of projects of this organisation (and so
	 * reports on them).
	 */
	public boolean isExecutingAgent(@Nullable String organisation) {
		return executingAgent != null && executingAgent.equals(organisation);
	}

	/** Whether a record of this partner with this releasability may be shown. */
	public boolean sees(NationCode partner, Releasability releasability) {
		return switch (releasability) {
			case PUBLIC -> true;
			case PARTNER -> isAlliance() || (kind == Kind.PARTNER && partner.equals(nation));
			case NATO -> isAlliance();
		};
	}

	/**
	 * The SQL condition that keeps only the rows this audience may see, for a query whose
	 * rows carry the given partner and releasability columns, in parentheses so that it
	 * joins any query safely. Bind it with {@link #sqlParameters()}.
	 */
	public String sqlCondition(String partnerColumn, String releasabilityColumn) {
		return switch (kind) {
			case ALLIANCE, ALLY -> "(1 = 1)";
			case PARTNER -> "(%2$s = 'PUBLIC' or (%2$s = 'PARTNER' and %1$s = :audienceNation))"
				.formatted(partnerColumn, releasabilityColumn);
			case PUBLIC -> "(" + releasabilityColumn + " = 'PUBLIC')";
		};
	}

	public Map<String, Object> sqlParameters() {
		if (kind == Kind.PARTNER && nation != null) {
			return Map.of("audienceNation", nation.value());
		}
		if (provider != null) {
			return Map.of("audienceProvider", provider);
		}
		return executingAgent != null ? Map.of("audienceAgent", executingAgent) : Map.of();
	}

	/**
	 * NATO staff, administrators and Allies: the readers of every partnership's record.
	 */
	public boolean isAlliance() {
		return kind == Kind.ALLIANCE || kind == Kind.ALLY;
	}

	/** NATO staff and administrators only. */
	public boolean isNatoStaff() {
		return kind == Kind.ALLIANCE;
	}

	public enum Kind {

		PUBLIC, PARTNER, ALLY, ALLIANCE

	}

}
