package org.liaison.science.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.science.GrantData;
import org.liaison.science.GrantDirector;
import org.liaison.science.GrantMechanism;
import org.liaison.science.GrantStatus;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

/**
 * The grant form as a browser submits it: the directors' fields side by side, amounts as
 * typed with one currency for the budget and both shares, and the key priorities as
 * checkboxes.
 */
public record GrantForm(@Nullable String ref, @Nullable String title, @Nullable String description,
		@Nullable GrantMechanism mechanism, @Nullable List<String> priorities, @Nullable String natoDirectorName,
		@Nullable String natoDirectorInstitution, @Nullable String natoDirectorNation,
		@Nullable String partnerDirectorName, @Nullable String partnerDirectorInstitution,
		@Nullable String partnerDirectorNation, @Nullable String currency, @Nullable String budget,
		@Nullable String natoShare, @Nullable String partnerShare, @Nullable GrantStatus status,
		@Nullable PartialDate reviewOn, @Nullable PartialDate decidedOn, @Nullable String decisionReason,
		@Nullable PartialDate start, @Nullable PartialDate end, @Nullable Boolean illustrative,
		@Nullable Releasability releasability) {

	static GrantForm blank(NationCode partner) {
		return new GrantForm("", "", "", GrantMechanism.MULTI_YEAR_PROJECT, List.of(), "", "", "", "", "",
				partner.value(), "EUR", "", "", "", GrantStatus.APPLIED, null, null, "", null, null, false,
				Releasability.PARTNER);
	}

	static GrantForm of(GrantData data) {
		GrantDirector nato = data.natoDirector();
		GrantDirector partner = data.partnerDirector();
		Money budget = data.budget();
		String currency = budget != null ? budget.currency().getCurrencyCode()
				: data.natoShare() != null ? data.natoShare().currency().getCurrencyCode() : "EUR";
		return new GrantForm(data.ref(), data.title(), data.description(), data.mechanism(), data.priorities(),
				nato == null ? "" : nato.name(), nato == null ? "" : nato.institution(),
				nato == null ? "" : nato.nation().value(), partner == null ? "" : partner.name(),
				partner == null ? "" : partner.institution(), partner == null ? "" : partner.nation().value(), currency,
				amount(budget), amount(data.natoShare()), amount(data.partnerShare()), data.status(), data.reviewOn(),
				data.decidedOn(), data.decisionReason(), data.start(), data.end(), data.illustrative(),
				data.releasability());
	}

	public boolean hasPriority(String code) {
		return priorities != null && priorities.contains(code);
	}

	public String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	public String date(@Nullable PartialDate value) {
		return value == null ? "" : value.iso();
	}

	/**
	 * The data this form stands for; a nation or an amount that cannot be read adds a
	 * problem.
	 */
	GrantData toData(List<Problem> problems) {
		return new GrantData(ref, text(title), description, mechanism, priorities,
				director(natoDirectorName, natoDirectorInstitution, natoDirectorNation, "natoDirectorNation", problems),
				director(partnerDirectorName, partnerDirectorInstitution, partnerDirectorNation,
						"partnerDirectorNation", problems),
				money(budget, "budget", problems), money(natoShare, "natoShare", problems),
				money(partnerShare, "partnerShare", problems), status, reviewOn, decidedOn, decisionReason, start, end,
				Boolean.TRUE.equals(illustrative), releasability);
	}

	/**
	 * The form field that shows a problem of the data's path: "natoDirector.nation" →
	 * "natoDirectorNation".
	 */
	static String field(String path) {
		if (path.startsWith("priorities")) {
			return "priorities";
		}
		int dot = path.indexOf('.');
		if (dot > 0 && dot + 1 < path.length()) {
			return path.substring(0, dot) + Character.toUpperCase(path.charAt(dot + 1)) + path.substring(dot + 2);
		}
		return path;
	}

	/** A co-director, or none when the form leaves all three of their fields empty. */
	private static @Nullable GrantDirector director(@Nullable String name, @Nullable String institution,
			@Nullable String nation, String field, List<Problem> problems) {
		if (blank(name) && blank(institution) && blank(nation)) {
			return null;
		}
		return new GrantDirector(name == null ? "" : name, institution == null ? "" : institution,
				nation(nation, field, problems));
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static @Nullable NationCode nation(@Nullable String code, String field, List<Problem> problems) {
		if (code == null || code.isBlank()) {
			return null;
		}
		if (!NationCode.isValid(code)) {
			problems.add(new Problem(field, "'" + code + "' is not a nation code; write the nation's three letters"));
			return null;
		}
		return NationCode.of(code);
	}

	private @Nullable Money money(@Nullable String amount, String field, List<Problem> problems) {
		if (amount == null || amount.isBlank()) {
			return null;
		}
		if (currency == null || currency.isBlank()) {
			problems.add(new Problem("currency", "Give the currency of the amounts, such as EUR"));
			return null;
		}
		try {
			return Money.of(amount.strip().replace(" ", "").replace(",", ""), currency.strip().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(ex.getMessage().contains("currency") ? "currency" : field, ex.getMessage()));
			return null;
		}
	}

	private static String amount(@Nullable Money money) {
		return money == null ? "" : money.amount().toPlainString();
	}

}
