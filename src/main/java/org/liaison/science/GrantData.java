package org.liaison.science;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.Money;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordData;
import org.liaison.shared.Refs;
import org.liaison.shared.Releasability;

/**
 * What a person or an import gives to record or revise an SPS grant. Like other records,
 * a grant may be recorded at the stage it has reached, with the dates of that history;
 * revising keeps the status, which only the lifecycle moves change.
 *
 * @param ref the grant's natural key within its partner; when empty, made from the title
 * @param priorities codes of the key priorities it serves, one or more
 * @param natoDirector the NATO-country co-director; none when no source names them
 * @param partnerDirector the partner-country co-director; none when no source names them
 * @param budget the grant's whole budget; none when no source gives it
 * @param natoShare what NATO funds, in the budget's currency
 * @param partnerShare what the partner funds, in the budget's currency
 * @param reviewOn when it was put under review
 * @param decidedOn when it was approved or rejected
 * @param illustrative demo data that is not a fact of any source, never shown as fact in
 * public; false when not given
 */
public record GrantData(
		@Pattern(regexp = "|" + Refs.PATTERN,
				message = "uses lower-case letters, digits and dashes") @Nullable String ref,
		@NotBlank @Size(max = 300) String title, @Size(max = 20000) @Nullable String description,
		@NotNull GrantMechanism mechanism,
		@NotEmpty(message = "choose at least one key priority") @Size(max = 20) List<@NotBlank String> priorities,
		@Valid @Nullable GrantDirector natoDirector, @Valid @Nullable GrantDirector partnerDirector,
		@Nullable Money budget, @Nullable Money natoShare, @Nullable Money partnerShare, @NotNull GrantStatus status,
		@Nullable PartialDate reviewOn, @Nullable PartialDate decidedOn,
		@Size(max = 2000) @Nullable String decisionReason, @Nullable PartialDate start, @Nullable PartialDate end,
		@Nullable Boolean illustrative, @NotNull Releasability releasability) implements RecordData {

	public GrantData {
		illustrative = Boolean.TRUE.equals(illustrative);
		priorities = priorities == null ? List.of()
				: priorities.stream().filter(p -> p != null).map(String::strip).distinct().toList();
	}

	/** The ref to store: the one given, or one made from the title. */
	public String refOrDefault() {
		return Refs.orFrom(ref, title);
	}

	/**
	 * Problems that no single field shows: the money (shares in the budget's currency and
	 * within it), the dates the status needs or may not yet have, and the grant's
	 * duration.
	 */
	@Override
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		moneyProblems(problems);
		if (status != null) {
			statusProblems(problems);
		}
		problems.addAll(durationProblems(mechanism, start, end, "end"));
		return problems;
	}

	private void moneyProblems(List<Problem> problems) {
		if (budget == null) {
			// The shares are in the budget's currency: without a budget they cannot be
			// read.
			for (var share : List.of(new Share("natoShare", natoShare, "NATO share"),
					new Share("partnerShare", partnerShare, "partner share"))) {
				if (share.money() != null) {
					problems.add(new Problem(share.field(),
							"The " + share.label() + " needs the grant's budget, in whose currency it is given"));
				}
			}
			return;
		}
		if (budget.amount().signum() <= 0) {
			problems.add(new Problem("budget", "The budget must be more than zero"));
		}
		// The amounts are kept as numeric(19,4): fifteen digits before the point.
		for (var amount : List.of(new Share("budget", budget, "budget"),
				new Share("natoShare", natoShare, "NATO share"),
				new Share("partnerShare", partnerShare, "partner share"))) {
			if (amount.money() != null && amount.money().amount().precision() - amount.money().amount().scale() > 15) {
				problems
					.add(new Problem(amount.field(), "An amount has at most fifteen digits before the decimal point"));
			}
		}
		BigDecimal shares = BigDecimal.ZERO;
		boolean sameCurrency = true;
		for (var share : List.of(new Share("natoShare", natoShare, "NATO share"),
				new Share("partnerShare", partnerShare, "partner share"))) {
			if (share.money() == null) {
				continue;
			}
			if (!share.money().currency().equals(budget.currency())) {
				problems.add(new Problem(share.field(),
						"The " + share.label() + " must be in the budget's currency ("
								+ budget.currency().getCurrencyCode() + "), not "
								+ share.money().currency().getCurrencyCode()));
				sameCurrency = false;
			}
			else if (share.money().isNegative()) {
				problems.add(new Problem(share.field(), "The " + share.label() + " cannot be negative"));
			}
			else if (share.money().amount().compareTo(budget.amount()) > 0) {
				problems.add(new Problem(share.field(),
						"The " + share.label() + " (" + share.money() + ") cannot exceed the budget (" + budget + ")"));
				sameCurrency = false;
			}
			shares = shares.add(share.money().amount());
		}
		if (sameCurrency && shares.compareTo(budget.amount()) > 0) {
			problems.add(new Problem("partnerShare",
					"The NATO and partner shares together (" + budget.currency().getCurrencyCode() + " "
							+ shares.toPlainString() + ") cannot exceed the budget (" + budget + ")"));
		}
	}

	private void statusProblems(List<Problem> problems) {
		// Sources do not always date a decision, a start or an end: a grant that had them
		// is
		// kept without the dates no source gives, never with invented ones.
		if (!status.decided() && decidedOn != null) {
			problems.add(new Problem("decidedOn", "A grant that is " + status
					+ " has not been decided on; record the decision with the lifecycle actions"));
		}
		if (!status.decided() && decisionReason != null && !decisionReason.isBlank()) {
			problems.add(new Problem("decisionReason", "A grant that is " + status + " has no decision yet"));
		}
		if (status == GrantStatus.APPLIED && reviewOn != null) {
			problems.add(new Problem("reviewOn", "A grant that is APPLIED is not under review yet"));
		}
		if (PartialDate.outOfOrder(reviewOn, decidedOn)) {
			problems.add(new Problem("decidedOn",
					"The decision (" + decidedOn + ") cannot be before the review (" + reviewOn + ")"));
		}
	}

	/**
	 * The end cannot come before the start, and a multi-year project runs one to five
	 * years. Shared by the data and the lifecycle moves that set a start or an end.
	 */
	public static List<Problem> durationProblems(@Nullable GrantMechanism mechanism, @Nullable PartialDate start,
			@Nullable PartialDate end, String field) {
		if (start == null || end == null) {
			return List.of();
		}
		if (end.lastDay().isBefore(start.firstDay())) {
			return List.of(new Problem(field, "The end (" + end + ") cannot be before the start (" + start + ")"));
		}
		if (mechanism == GrantMechanism.MULTI_YEAR_PROJECT) {
			LocalDate from = start.firstDay();
			LocalDate after = end.lastDay().plusDays(1);
			if (after.isBefore(from.plusYears(1)) || after.isAfter(from.plusYears(5))) {
				return List.of(new Problem(field, "A multi-year project runs from one to five years; from " + start
						+ " to " + end + " it does not"));
			}
		}
		return List.of();
	}

	private record Share(String field, @Nullable Money money, String label) {
	}

}
