package org.liaison.transit.internal;

import java.time.LocalDate;

import org.liaison.shared.RuleViolationException;

/**
 * The notice a transit agreement requires: a request is made at least {@code noticeDays}
 * days before the entry. A late request is refused, saying by which date it would have
 * been on time, unless NATO staff accept it as urgent.
 */
public final class NoticeRule {

	private NoticeRule() {
	}

	/** The last day on which a request for this entry date is on time. */
	public static LocalDate dueBy(LocalDate entryDate, int noticeDays) {
		return entryDate.minusDays(noticeDays);
	}

	public static boolean late(LocalDate entryDate, int noticeDays, LocalDate madeOn) {
		return madeOn.isAfter(dueBy(entryDate, noticeDays));
	}

	/** Refuses a late request that is not urgent. */
	public static void check(LocalDate entryDate, int noticeDays, LocalDate madeOn, boolean urgent) {
		if (!urgent && late(entryDate, noticeDays, madeOn)) {
			throw new RuleViolationException("Entry on " + entryDate + " needs " + noticeDays
					+ (noticeDays == 1 ? " day's" : " days'") + " notice: the request had to be made by "
					+ dueBy(entryDate, noticeDays) + ". Only NATO staff can accept it now, as urgent, with a reason");
		}
	}

}
