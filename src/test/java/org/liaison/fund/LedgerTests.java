package org.liaison.fund;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.fund.internal.Ledger;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger's rules and derived figures, exact to the cent, without Spring. */
class LedgerTests {

	static final Currency EUR = Currency.getInstance("EUR");

	static final Currency USD = Currency.getInstance("USD");

	static final Currency CHF = Currency.getInstance("CHF");

	static final Currency JPY = Currency.getInstance("JPY");

	static final UUID PROJECT = UUID.randomUUID();

	static final List<NationCode> LEADS = List.of(NationCode.of("AUT"));

	static final List<ExchangeRateData> RATES = List.of(
			new ExchangeRateData(USD, EUR, LocalDate.parse("2013-01-01"), new BigDecimal("0.75")),
			new ExchangeRateData(USD, EUR, LocalDate.parse("2014-01-01"), new BigDecimal("0.80")),
			new ExchangeRateData(EUR, CHF, LocalDate.parse("2013-01-01"), new BigDecimal("1.2")),
			new ExchangeRateData(JPY, EUR, LocalDate.parse("2013-01-01"), new BigDecimal("0.0075")));

	private final List<TransactionSummary> entries = new ArrayList<>();

	private TransactionSummary add(TransactionKind kind, String party, String amount, Currency currency, String on,
			NationCode preFinancedBy, Integer reverses, boolean illustrative) {
		NationCode nation = party != null && NationCode.isValid(party) ? NationCode.of(party) : null;
		TransactionSummary entry = new TransactionSummary(UUID.randomUUID(), PROJECT, entries.size() + 1, kind, nation,
				nation == null ? party : null, Amounts.money(new BigDecimal(amount), currency), LocalDate.parse(on),
				false, preFinancedBy, reverses, null, null, illustrative, Instant.now());
		entries.add(entry);
		return entry;
	}

	private TransactionSummary add(TransactionKind kind, String party, String amount, Currency currency, String on) {
		return add(kind, party, amount, currency, on, null, null, false);
	}

	private Ledger ledger() {
		return new Ledger(EUR, entries, RATES);
	}

	private static TransactionData expenditure(String amount, Currency currency, String on, NationCode preFinancedBy) {
		return new TransactionData(TransactionKind.EXPENDITURE, null, "contractor", new BigDecimal(amount), currency,
				LocalDate.parse(on), false, preFinancedBy, null, null, false);
	}

	@Test
	void figuresAreExactSumsInTheProjectCurrencyWithDatedRates() {
		add(TransactionKind.PLEDGE, "AUT", "1000000.00", EUR, "2013-03-01");
		add(TransactionKind.PLEDGE, "MLT", "100000.00", USD, "2013-03-01");
		add(TransactionKind.RECEIPT, "AUT", "500000.10", EUR, "2013-04-01");
		add(TransactionKind.RECEIPT, "MLT", "100000.00", USD, "2013-06-01"); // 0.75 ->
																				// 75,000.00
		add(TransactionKind.RECEIPT, "MLT", "10000.01", USD, "2014-02-01"); // 0.80 ->
																			// 8,000.008
																			// -> 8,000.01
		add(TransactionKind.RECEIPT, "CAN", "240000", CHF, "2013-05-01"); // inverse of
																			// 1.2 ->
																			// 200,000.00
		add(TransactionKind.RECEIPT, "NOR", "1000000", JPY, "2013-05-01"); // 0.0075 ->
																			// 7,500.00
		add(TransactionKind.COMMITMENT, "contractor", "300000.00", EUR, "2013-07-01");
		add(TransactionKind.EXPENDITURE, "contractor", "123456.78", EUR, "2013-08-01");

		ProjectFigures figures = ledger().figures(Money.of("1500000.00", "EUR"));

		assertThat(figures.budget()).isEqualTo(Money.of("1500000.00", "EUR"));
		assertThat(figures.pledged()).isEqualTo(Money.of("1075000.00", "EUR"));
		assertThat(figures.received()).isEqualTo(Money.of("790500.11", "EUR"));
		assertThat(figures.committed()).isEqualTo(Money.of("300000.00", "EUR"));
		assertThat(figures.spent()).isEqualTo(Money.of("123456.78", "EUR"));
		assertThat(figures.balance()).isEqualTo(Money.of("667043.33", "EUR"));
		assertThat(figures.donors()).extracting(ProjectFigures.DonorShare::donor)
			.containsExactly("AUT", "CAN", "MLT", "NOR");
		assertThat(figures.donors().get(0).received()).isEqualTo(Money.of("500000.10", "EUR"));
		assertThat(figures.donors().get(0).share()).isEqualByComparingTo("0.6325");
		assertThat(figures.donors().get(2).pledged()).isEqualTo(Money.of("75000.00", "EUR"));
		assertThat(figures.donors().get(2).received()).isEqualTo(Money.of("83000.01", "EUR"));
		assertThat(figures.ratesUsed()).extracting(ProjectFigures.RateUsed::rate)
			.extracting(BigDecimal::toPlainString)
			.containsExactlyInAnyOrder("0.75", "0.80", "1.2", "0.0075");
		assertThat(figures.unconverted()).isEmpty();
	}

	@Test
	void anEntryWithoutARateIsLeftOutAndShown() {
		add(TransactionKind.RECEIPT, "AUT", "100.00", EUR, "2013-03-01");
		add(TransactionKind.RECEIPT, "MLT", "100.00", USD, "2012-12-31"); // before the
																			// first USD
																			// rate

		ProjectFigures figures = ledger().figures(Money.of("0.00", "EUR"));

		assertThat(figures.received()).isEqualTo(Money.of("100.00", "EUR"));
		assertThat(figures.unconverted()).containsExactly(Money.of("100.00", "USD"));
	}

	@Test
	void noExpenditureBeyondTheFundsReceived() {
		add(TransactionKind.PLEDGE, "AUT", "5000.00", EUR, "2013-03-01");
		add(TransactionKind.RECEIPT, "AUT", "1000.00", EUR, "2013-03-01");
		add(TransactionKind.EXPENDITURE, "contractor", "600.00", EUR, "2013-04-01");

		ledger().checkNew(expenditure("400.00", EUR, "2013-05-01", null), ProjectStatus.IN_EXECUTION, LEADS, false);
		assertThatThrownBy(() -> ledger().checkNew(expenditure("400.01", EUR, "2013-05-01", null),
				ProjectStatus.IN_EXECUTION, LEADS, false))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("more than the funds received and not yet spent (EUR 400.00)");
		// 600 USD at 0.75 = 450.00 EUR, more than the 400.00 left
		assertThatThrownBy(() -> ledger().checkNew(expenditure("600.00", USD, "2013-05-01", null),
				ProjectStatus.IN_EXECUTION, LEADS, false))
			.isInstanceOf(RuleViolationException.class);
		ledger().checkNew(expenditure("500.00", USD, "2013-05-01", null), ProjectStatus.IN_EXECUTION, LEADS, false);
	}

	@Test
	void aLeadNationMayPreFinanceSpendingButNoOtherNation() {
		add(TransactionKind.RECEIPT, "AUT", "100.00", EUR, "2013-03-01");

		ledger().checkNew(expenditure("5000.00", EUR, "2013-05-01", NationCode.of("AUT")), ProjectStatus.IN_EXECUTION,
				LEADS, false);
		assertThatThrownBy(() -> ledger().checkNew(expenditure("5000.00", EUR, "2013-05-01", NationCode.of("MLT")),
				ProjectStatus.IN_EXECUTION, LEADS, false))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("not a lead nation");

		add(TransactionKind.EXPENDITURE, "contractor", "5000.00", EUR, "2013-05-01", NationCode.of("AUT"), null, false);
		ProjectFigures figures = ledger().figures(Money.of("0.00", "EUR"));
		assertThat(figures.balance()).isEqualTo(Money.of("-4900.00", "EUR"));
		// pre-financed spending does not use up the funds received
		ledger().checkNew(expenditure("100.00", EUR, "2013-05-02", null), ProjectStatus.IN_EXECUTION, LEADS, false);
	}

	@Test
	void aClosedProjectTakesNoEntries() {
		assertThatThrownBy(() -> ledger().checkNew(
				new TransactionData(TransactionKind.RECEIPT, NationCode.of("AUT"), null, new BigDecimal("1.00"), EUR,
						LocalDate.parse("2015-01-01"), false, null, null, null, false),
				ProjectStatus.CLOSED, LEADS, false))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("closed");
	}

	@Test
	void aReversalTakesTheEntryOutOfTheFiguresOnceAndOnlyOnce() {
		TransactionSummary pledge = add(TransactionKind.PLEDGE, "AUT", "300.00", EUR, "2013-03-01");
		add(TransactionKind.RECEIPT, "AUT", "300.00", EUR, "2013-03-01");
		TransactionSummary reversal = add(TransactionKind.REVERSAL, "AUT", "300.00", EUR, "2013-03-02", null,
				pledge.seq(), false);

		ProjectFigures figures = ledger().figures(Money.of("0.00", "EUR"));
		assertThat(figures.pledged()).isEqualTo(Money.of("0.00", "EUR"));
		assertThat(figures.received()).isEqualTo(Money.of("300.00", "EUR"));

		assertThatThrownBy(() -> ledger().checkReversal(pledge, ProjectStatus.IN_EXECUTION))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("reversed already");
		assertThatThrownBy(() -> ledger().checkReversal(reversal, ProjectStatus.IN_EXECUTION))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("itself a reversal");
	}

	@Test
	void aReceiptThatPaidForSpendingIsNotReversedFirst() {
		TransactionSummary receipt = add(TransactionKind.RECEIPT, "AUT", "300.00", EUR, "2013-03-01");
		add(TransactionKind.EXPENDITURE, "contractor", "200.00", EUR, "2013-03-05");

		assertThatThrownBy(() -> ledger().checkReversal(receipt, ProjectStatus.IN_EXECUTION))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("reverse the expenditure first");
	}

	@Test
	void transactionDataRefusesWhatCannotBeRight() {
		TransactionData pledgeWithoutDonor = new TransactionData(TransactionKind.PLEDGE, null, null,
				new BigDecimal("1"), EUR, LocalDate.parse("2015-01-01"), false, null, null, null, false);
		assertThat(pledgeWithoutDonor.problems()).extracting(p -> p.field()).containsExactly("nation");
		TransactionData tooPrecise = new TransactionData(TransactionKind.RECEIPT, NationCode.of("AUT"), null,
				new BigDecimal("1.001"), EUR, LocalDate.parse("2015-01-01"), false, null, null, null, false);
		assertThat(tooPrecise.problems()).extracting(p -> p.field()).containsExactly("amount");
		TransactionData preFinancedReceipt = new TransactionData(TransactionKind.RECEIPT, NationCode.of("AUT"), null,
				new BigDecimal("1"), EUR, LocalDate.parse("2015-01-01"), false, NationCode.of("AUT"), null, null,
				false);
		assertThat(preFinancedReceipt.problems()).extracting(p -> p.field()).containsExactly("preFinancedBy");
	}

}
