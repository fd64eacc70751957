package org.liaison.activity.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.ActivityData;
import org.liaison.activity.ActivityType;
import org.liaison.activity.Delivery;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;

/**
 * The activity form as a browser submits it. Every value stays the text that was typed,
 * so that a form sent back with problems shows exactly what the person wrote, not what
 * could be read of it. The fee is two fields, its amount ({@code fee}, where the service
 * reports fee problems) and its currency; nations are typed as codes separated by spaces
 * or commas.
 */
public record ActivityForm(@Nullable String ref, @Nullable String title, @Nullable String description,
		@Nullable String area, @Nullable String discipline, @Nullable String type, @Nullable String provider,
		@Nullable String delivery, @Nullable String durationDays, @Nullable Boolean clearance,
		@Nullable List<String> frameworks, @Nullable String nations, @Nullable String fee, @Nullable String feeCurrency,
		@Nullable String activeFrom, @Nullable String activeTo, @Nullable String releasability,
		@Nullable Boolean illustrative) {

	public ActivityForm {
		// An unticked checkbox sends nothing at all.
		clearance = Boolean.TRUE.equals(clearance);
		illustrative = Boolean.TRUE.equals(illustrative);
		frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
	}

	static ActivityForm blank(@Nullable String provider) {
		return new ActivityForm("", "", "", "", "", ActivityType.COURSE.name(), provider == null ? "" : provider,
				Delivery.RESIDENTIAL.name(), "", false, List.of(), "", "", "EUR", "", "", Releasability.PARTNER.name(),
				false);
	}

	static ActivityForm of(ActivityData data) {
		Money fee = data.fee();
		return new ActivityForm(data.ref(), data.title(), data.description() == null ? "" : data.description(),
				data.area(), data.discipline(), data.type().name(), data.provider(), data.delivery().name(),
				String.valueOf(data.durationDays()), data.clearance(), data.frameworks(),
				data.nations().stream().map(NationCode::value).collect(Collectors.joining(" ")),
				fee == null ? "" : fee.amount().toPlainString(), fee == null ? "EUR" : fee.currency().getCurrencyCode(),
				text(data.activeFrom()), text(data.activeTo()), data.releasability().name(), data.illustrative());
	}

	/**
	 * The same form for another provider, such as the only organisation a provider's
	 * account keeps.
	 */
	ActivityForm withProvider(String provider) {
		return new ActivityForm(ref, title, description, area, discipline, type, provider, delivery, durationDays,
				clearance, frameworks, nations, fee, feeCurrency, activeFrom, activeTo, releasability, illustrative);
	}

	/**
	 * The releasability chosen, for the select to show; null when the text names none.
	 */
	public @Nullable Releasability chosenReleasability() {
		return FormValues.choice(Releasability.class, releasability, "releasability", new ArrayList<>());
	}

	/**
	 * The data this form stands for. A value that cannot be read adds a problem for its
	 * field and is left out, so that the data's own rules still report everything else at
	 * the same time.
	 */
	ActivityData toData(List<Problem> problems) {
		return new ActivityData(strip(ref), strip(title), blankToNull(description), strip(area), strip(discipline),
				FormValues.choice(ActivityType.class, type, "type", problems), strip(provider),
				FormValues.choice(Delivery.class, delivery, "delivery", problems),
				FormValues.wholeNumber(durationDays, "durationDays", problems), Boolean.TRUE.equals(clearance),
				frameworks, FormValues.nations(nations, "nations", problems), money(problems),
				FormValues.date(activeFrom, "activeFrom", problems), FormValues.date(activeTo, "activeTo", problems),
				FormValues.choice(Releasability.class, releasability, "releasability", problems),
				Boolean.TRUE.equals(illustrative));
	}

	private @Nullable Money money(List<Problem> problems) {
		if (fee == null || fee.isBlank()) {
			return null;
		}
		String code = feeCurrency == null ? "" : feeCurrency.strip().toUpperCase(Locale.ROOT);
		Currency currency = null;
		try {
			currency = Currency.getInstance(code);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem("feeCurrency", code.isEmpty() ? "is needed with a fee, such as EUR"
					: "'" + code + "' is not an ISO 4217 currency code, such as EUR"));
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(fee.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new Problem("fee", "'" + fee.strip() + "' is not an amount such as 250.00"));
			return null;
		}
		if (currency == null) {
			return null;
		}
		try {
			return new Money(amount, currency);
		}
		catch (IllegalArgumentException ex) {
			// too many decimal places for the currency
			problems.add(new Problem("fee", ex.getMessage()));
			return null;
		}
	}

	private static String strip(@Nullable String text) {
		return text == null ? "" : text.strip();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String text(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}

}
