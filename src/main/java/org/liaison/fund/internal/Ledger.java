package org.liaison.fund.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.fund.Amounts;
import org.liaison.fund.ExchangeRateData;
import org.liaison.fund.ProjectFigures;
import org.liaison.fund.ProjectFigures.DonorShare;
import org.liaison.fund.ProjectFigures.RateUsed;
import org.liaison.fund.ProjectStatus;
import org.liaison.fund.TransactionData;
import org.liaison.fund.TransactionKind;
import org.liaison.fund.TransactionSummary;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.RuleViolationException;

/**
 * A project's ledger and the rules of its money, without any storage: the figures derived
 * from the entries, and whether a new entry or a reversal may be added. Each entry is
 * converted into the project's currency with the latest rate on or before its date (or
 * the inverse of the opposite rate), rounded half-even to the currency's precision;
 * same-currency entries are exact. A reversed entry and its reversal count for nothing.
 */
public final class Ledger {

	private final Currency currency;

	private final List<TransactionSummary> entries;

	private final List<ExchangeRateData> rates;

	public Ledger(Currency currency, List<TransactionSummary> entries, List<ExchangeRateData> rates) {
		this.currency = currency;
		this.entries = List.copyOf(entries);
		this.rates = List.copyOf(rates);
	}

	public ProjectFigures figures(Money budget) {
		BigDecimal pledged = zero();
		BigDecimal received = zero();
		BigDecimal committed = zero();
		BigDecimal spent = zero();
		Set<RateUsed> used = new LinkedHashSet<>();
		List<Money> unconverted = new ArrayList<>();
		Map<String, BigDecimal[]> donors = new LinkedHashMap<>();
		Map<String, Boolean> donorIllustrative = new LinkedHashMap<>();
		for (TransactionSummary entry : counted()) {
			Optional<BigDecimal> converted = convert(entry.money(), entry.on(), used);
			if (converted.isEmpty()) {
				unconverted.add(entry.money());
				continue;
			}
			BigDecimal amount = converted.get();
			switch (entry.kind()) {
				case PLEDGE -> pledged = pledged.add(amount);
				case RECEIPT -> received = received.add(amount);
				case COMMITMENT -> committed = committed.add(amount);
				case EXPENDITURE -> spent = spent.add(amount);
				case REVERSAL -> {
				}
			}
			if (entry.kind() == TransactionKind.PLEDGE || entry.kind() == TransactionKind.RECEIPT) {
				BigDecimal[] sums = donors.computeIfAbsent(entry.party(), d -> new BigDecimal[] { zero(), zero() });
				int index = entry.kind() == TransactionKind.PLEDGE ? 0 : 1;
				sums[index] = sums[index].add(amount);
				donorIllustrative.merge(entry.party(), entry.illustrative(), Boolean::logicalAnd);
			}
		}
		List<DonorShare> shares = new ArrayList<>();
		for (Map.Entry<String, BigDecimal[]> donor : donors.entrySet()) {
			BigDecimal share = received.signum() == 0 ? null
					: donor.getValue()[1].divide(received, 4, RoundingMode.HALF_EVEN);
			shares.add(new DonorShare(donor.getKey(), money(donor.getValue()[0]), money(donor.getValue()[1]), share,
					donorIllustrative.get(donor.getKey())));
		}
		shares.sort(Comparator.comparing((DonorShare d) -> d.received().amount())
			.reversed()
			.thenComparing(DonorShare::donor));
		return new ProjectFigures(currency, budget, money(pledged), money(received), money(committed), money(spent),
				money(received.subtract(spent)), shares, List.copyOf(used), unconverted);
	}

	/**
	 * Refuses an entry the ledger may not take: none at all on a closed project, no
	 * reversal through this door, a pre-financer who is not a lead nation, and no
	 * expenditure beyond the funds received unless a lead nation pre-finances it.
	 */
	public void checkNew(TransactionData data, ProjectStatus status, List<NationCode> leadNations,
			boolean closedAllowed) {
		if (status == ProjectStatus.CLOSED && !closedAllowed) {
			throw new RuleViolationException("The project is closed: its ledger takes no new entries");
		}
		if (data.preFinancedBy() != null && !leadNations.contains(data.preFinancedBy())) {
			throw InvalidInputException.of("preFinancedBy", "'" + data.preFinancedBy()
					+ "' is not a lead nation of the project; only a lead nation pre-finances");
		}
		if (data.kind() == TransactionKind.EXPENDITURE && data.preFinancedBy() == null) {
			BigDecimal amount = convert(new Money(data.amount(), data.currency()), data.on(), new HashSet<>())
				.orElseThrow(() -> noRate(data.currency(), data.on()));
			BigDecimal available = available();
			if (amount.compareTo(available) > 0) {
				throw new RuleViolationException("The expenditure of " + Amounts.money(amount, currency)
						+ " is more than the funds received and not yet spent (" + money(available)
						+ "); record the receipt first, or have a lead nation pre-finance it");
			}
		}
	}

	/**
	 * Refuses a reversal of a reversal, a second reversal, and one that would leave
	 * spending uncovered.
	 */
	public void checkReversal(TransactionSummary target, ProjectStatus status) {
		if (status == ProjectStatus.CLOSED) {
			throw new RuleViolationException("The project is closed: its ledger takes no new entries");
		}
		if (target.kind() == TransactionKind.REVERSAL) {
			throw new RuleViolationException("Entry " + target.seq() + " is itself a reversal; it cannot be reversed");
		}
		if (target.reversedBy() != null || entries.stream()
			.anyMatch(
					e -> e.kind() == TransactionKind.REVERSAL && Integer.valueOf(target.seq()).equals(e.reverses()))) {
			throw new RuleViolationException("Entry " + target.seq() + " has been reversed already");
		}
		if (target.kind() == TransactionKind.RECEIPT) {
			BigDecimal amount = convert(target.money(), target.on(), new HashSet<>()).orElse(zero());
			if (amount.compareTo(available()) > 0) {
				throw new RuleViolationException("Reversing receipt " + target.seq()
						+ " would leave expenditure beyond the funds received; reverse the expenditure first");
			}
		}
	}

	/** Funds received minus what was spent without pre-financing. */
	BigDecimal available() {
		BigDecimal available = zero();
		for (TransactionSummary entry : counted()) {
			if (entry.kind() == TransactionKind.RECEIPT) {
				available = available.add(convert(entry.money(), entry.on(), new HashSet<>()).orElse(zero()));
			}
			else if (entry.kind() == TransactionKind.EXPENDITURE && entry.preFinancedBy() == null) {
				available = available.subtract(convert(entry.money(), entry.on(), new HashSet<>())
					.orElseThrow(() -> noRate(entry.money().currency(), entry.on())));
			}
		}
		return available;
	}

	/** The entries that count: neither reversals nor reversed. */
	private List<TransactionSummary> counted() {
		Set<Integer> reversed = new HashSet<>();
		entries.stream()
			.filter(e -> e.kind() == TransactionKind.REVERSAL && e.reverses() != null)
			.forEach(e -> reversed.add(e.reverses()));
		return entries.stream()
			.filter(e -> e.kind() != TransactionKind.REVERSAL && !reversed.contains(e.seq()))
			.toList();
	}

	/** The amount in the ledger's currency, or empty when no rate converts it. */
	public Optional<BigDecimal> convert(Money money, LocalDate on) {
		return convert(money, on, new HashSet<>());
	}

	/**
	 * The amount in the project's currency at its precision, or empty when no rate
	 * converts it.
	 */
	Optional<BigDecimal> convert(Money money, LocalDate on, Set<RateUsed> used) {
		if (money.currency().equals(currency)) {
			return Optional.of(money.amount());
		}
		ExchangeRateData direct = latest(money.currency(), currency, on);
		if (direct != null) {
			used.add(new RateUsed(direct.currency(), direct.base(), direct.validFrom(), direct.rate()));
			return Optional.of(Amounts.atCurrencyScale(money.amount().multiply(direct.rate()), currency));
		}
		ExchangeRateData inverse = latest(currency, money.currency(), on);
		if (inverse != null) {
			used.add(new RateUsed(inverse.currency(), inverse.base(), inverse.validFrom(), inverse.rate()));
			return Optional.of(Amounts
				.atCurrencyScale(money.amount().divide(inverse.rate(), 10, RoundingMode.HALF_EVEN), currency));
		}
		return Optional.empty();
	}

	private @Nullable ExchangeRateData latest(Currency from, Currency to, LocalDate on) {
		return rates.stream()
			.filter(r -> r.currency().equals(from) && r.base().equals(to) && !r.validFrom().isAfter(on))
			.max(Comparator.comparing(ExchangeRateData::validFrom))
			.orElse(null);
	}

	private RuntimeException noRate(Currency from, LocalDate on) {
		return new RuleViolationException("No exchange rate converts " + from.getCurrencyCode() + " into "
				+ currency.getCurrencyCode() + " on or before " + on + "; add one to the exchange rates first");
	}

	private BigDecimal zero() {
		return BigDecimal.ZERO.setScale(Math.max(currency.getDefaultFractionDigits(), 0));
	}

	private Money money(BigDecimal amount) {
		return Amounts.money(amount, currency);
	}

}
