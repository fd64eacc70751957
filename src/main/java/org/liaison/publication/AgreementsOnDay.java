package org.liaison.publication;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.liaison.agreement.AgreementStatus;
import org.liaison.agreement.AgreementSummary;

/**
 * An agreement as it stood on a day, by its dates: on the page once it was submitted,
 * agreed or in force by then, with the status its dates give for that day.
 */
final class AgreementsOnDay {

	private AgreementsOnDay() {
	}

	/**
	 * Whether any of its dates had come by the day; an agreement with none cannot be
	 * placed in time and is left off a past day's page.
	 */
	static boolean began(AgreementSummary agreement, PageDay day) {
		return latestDate(agreement, day) != null;
	}

	/** The latest of its dates that had come by the day. */
	static @Nullable LocalDate latestDate(AgreementSummary agreement, PageDay day) {
		return PageDay.latest(day.reached(agreement.submittedOn()), day.reached(agreement.agreedOn()),
				day.reached(agreement.inForceOn()), day.reached(agreement.endedOn()));
	}

	/**
	 * Its status on the day: its own if that was reached by then (an end by its end
	 * date), else the furthest step whose date had come.
	 */
	static AgreementStatus status(AgreementSummary agreement, PageDay day) {
		if (!day.past()) {
			return agreement.status();
		}
		if (agreement.endedOn() != null && day.reached(agreement.endedOn()) != null) {
			return agreement.status();
		}
		if (day.reached(agreement.inForceOn()) != null) {
			return AgreementStatus.IN_FORCE;
		}
		if (day.reached(agreement.agreedOn()) != null) {
			return AgreementStatus.AGREED;
		}
		if (day.reached(agreement.submittedOn()) != null) {
			return AgreementStatus.SUBMITTED;
		}
		return agreement.status();
	}

}
