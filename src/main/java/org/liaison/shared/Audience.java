package org.liaison.shared;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Who a read is made for: the releasability and partner scope every read model applies in its
 * query, so that nothing a reader may not see is ever selected, counted or exported.
 * <ul>
 * <li>{@link Kind#PUBLIC}: anonymous readers and accounts with no partnership role (agents,
 * providers) see {@code PUBLIC} records only.</li>
 * <li>{@link Kind#PARTNER}: a partner's users also see the {@code PARTNER} records of their own
 * nation, never another partner's.</li>
 * <li>{@link Kind#ALLIANCE}: NATO staff, Allies and administrators see everything.</li>
 * </ul>
 */
public record Audience(Kind kind, @Nullable NationCode nation, boolean signedIn) {

	public static final Audience ANONYMOUS = new Audience(Kind.PUBLIC, null, false);

	public Audience {
		if (kind == Kind.PARTNER && nation == null) {
			throw new IllegalArgumentException("A partner audience belongs to a nation");
		}
	}

	public static Audience alliance() {
		return new Audience(Kind.ALLIANCE, null, true);
	}

	public static Audience partner(NationCode nation) {
		return new Audience(Kind.PARTNER, nation, true);
	}

	public static Audience publicOnly(boolean signedIn) {
		return new Audience(Kind.PUBLIC, null, signedIn);
	}

	/** Whether a record of this partner with this releasability may be shown. */
	public boolean sees(NationCode partner, Releasability releasability) {
		return switch (releasability) {
			case PUBLIC -> true;
			case PARTNER -> kind == Kind.ALLIANCE || (kind == Kind.PARTNER && partner.equals(nation));
			case NATO -> kind == Kind.ALLIANCE;
		};
	}

	/**
	 * The SQL condition that keeps only the rows this audience may see, for a query whose rows
	 * carry the given partner and releasability columns, in parentheses so that it joins any
	 * query safely. Bind it with {@link #sqlParameters()}.
	 */
	public String sqlCondition(String partnerColumn, String releasabilityColumn) {
		return switch (kind) {
			case ALLIANCE -> "(1 = 1)";
			case PARTNER -> "(%2$s = 'PUBLIC' or (%2$s = 'PARTNER' and %1$s = :audienceNation))"
				.formatted(partnerColumn, releasabilityColumn);
			case PUBLIC -> "(" + releasabilityColumn + " = 'PUBLIC')";
		};
	}

	public Map<String, Object> sqlParameters() {
		return nation == null ? Map.of() : Map.of("audienceNation", nation.value());
	}

	public boolean isAlliance() {
		return kind == Kind.ALLIANCE;
	}

	public enum Kind {

		PUBLIC, PARTNER, ALLIANCE

	}

}
