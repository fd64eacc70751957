package org.liaison.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordData;
import org.liaison.shared.Releasability;

/**
 * An activity of the menu as written. A partner is eligible when it is a member of one of
 * the {@code frameworks} (codes of the reference list, such as PFP or MD) or is one of
 * the named {@code nations}.
 */
public record ActivityData(
		@NotBlank @Pattern(regexp = "ACT\\.\\d{1,5}", message = "is a reference such as ACT.396") String ref,
		@NotBlank @Size(max = 300) String title, @Nullable @Size(max = 20000) String description,
		@NotBlank @Size(max = 40) String area, @NotBlank @Size(max = 40) String discipline, @NotNull ActivityType type,
		@NotBlank @Size(max = 100) String provider, @NotNull Delivery delivery,
		@Min(value = 1, message = "is at least one day") @Max(365) int durationDays, boolean clearance,
		@Nullable List<String> frameworks, @Nullable List<NationCode> nations, @Nullable Money fee,
		@Nullable LocalDate activeFrom, @Nullable LocalDate activeTo, @NotNull Releasability releasability,
		boolean illustrative) implements RecordData {

	public ActivityData {
		frameworks = frameworks == null ? List.of()
				: frameworks.stream().map(f -> f.strip().toUpperCase()).distinct().sorted().toList();
		nations = nations == null ? List.of() : nations.stream().distinct().sorted().toList();
		if (fee != null && fee.amount().scale() < fee.currency().getDefaultFractionDigits()) {
			fee = new Money(fee.amount().setScale(fee.currency().getDefaultFractionDigits()), fee.currency());
		}
	}

	@Override
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (frameworks.isEmpty() && nations.isEmpty()) {
			problems.add(new Problem("frameworks", "name at least one framework or nation that is eligible"));
		}
		if (activeFrom != null && activeTo != null && activeTo.isBefore(activeFrom)) {
			problems.add(new Problem("activeTo", "is before the activity becomes active"));
		}
		if (fee != null && fee.isNegative()) {
			problems.add(new Problem("fee", "is not negative"));
		}
		return problems;
	}

	/**
	 * The eligibility as one text: frameworks and nations separated by spaces, such as
	 * {@code PFP MD SRB}.
	 */
	public String eligibility() {
		List<String> all = new ArrayList<>(frameworks);
		nations.forEach(n -> all.add(n.value()));
		return String.join(" ", all);
	}

}
