package org.liaison.activity.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.ActivityData;
import org.liaison.activity.ActivityType;
import org.liaison.activity.Delivery;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;
import org.liaison.shared.Texts;
import org.liaison.shared.VersionedAggregate;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** An activity of the menu. Its eligibility is kept as space-separated codes. */
@Table("activity_menu")
public class Activity extends VersionedAggregate<Activity> {

	private String ref;

	private String title;

	private @Nullable String description;

	private String area;

	private String discipline;

	@Column("activity_type")
	private ActivityType type;

	private String provider;

	private Delivery delivery;

	private int durationDays;

	private boolean clearance;

	private String eligibleFrameworks;

	private String eligibleNations;

	private @Nullable BigDecimal feeAmount;

	private @Nullable Currency feeCurrency;

	private @Nullable LocalDate activeFrom;

	private @Nullable LocalDate activeTo;

	private Releasability releasability;

	private boolean illustrative;

	private Instant updatedAt;

	Activity(UUID id) {
		super(id);
	}

	public static Activity create(ActivityData data, Instant at) {
		Activity activity = new Activity(UUID.randomUUID());
		activity.revise(data, at);
		return activity;
	}

	public void revise(ActivityData data, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		this.ref = data.ref().strip();
		this.title = data.title().strip();
		this.description = Texts.clean(data.description());
		this.area = data.area();
		this.discipline = data.discipline();
		this.type = data.type();
		this.provider = data.provider();
		this.delivery = data.delivery();
		this.durationDays = data.durationDays();
		this.clearance = data.clearance();
		this.eligibleFrameworks = String.join(" ", data.frameworks());
		this.eligibleNations = String.join(" ", data.nations().stream().map(NationCode::value).toList());
		this.feeAmount = data.fee() == null ? null : data.fee().amount();
		this.feeCurrency = data.fee() == null ? null : data.fee().currency();
		this.activeFrom = data.activeFrom();
		this.activeTo = data.activeTo();
		this.releasability = data.releasability();
		this.illustrative = data.illustrative();
		this.updatedAt = at;
	}

	public ActivityData toData() {
		return new ActivityData(ref, title, description, area, discipline, type, provider, delivery, durationDays,
				clearance, split(eligibleFrameworks), split(eligibleNations).stream().map(NationCode::of).toList(),
				feeAmount == null || feeCurrency == null ? null
						: new Money(feeAmount.setScale(Math.max(0, feeCurrency.getDefaultFractionDigits()),
								java.math.RoundingMode.UNNECESSARY), feeCurrency),
				activeFrom, activeTo, releasability, illustrative);
	}

	static List<String> split(String codes) {
		return codes.isBlank() ? List.of() : Arrays.stream(codes.trim().split("\\s+")).toList();
	}

	/** Whether a partner with these framework memberships is eligible. */
	public boolean admits(NationCode partner, List<String> memberships) {
		return split(eligibleNations).contains(partner.value())
				|| split(eligibleFrameworks).stream().anyMatch(memberships::contains);
	}

	public String ref() {
		return ref;
	}

	public String title() {
		return title;
	}

	public Releasability releasability() {
		return releasability;
	}

}
