package org.liaison.fund;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.fund.PortfolioSummary.DonorTotal;
import org.liaison.fund.PortfolioSummary.OutputTotal;
import org.liaison.fund.PortfolioSummary.ProjectLine;
import org.liaison.fund.ProjectFigures.DonorShare;
import org.liaison.fund.internal.FundQueries;
import org.liaison.fund.internal.Ledger;
import org.liaison.shared.Audience;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the projects add up to, as far as the reader may see them: a project with its
 * figures, outputs and ledger, and portfolios of a partner, of all partners or of one
 * executing agent, with their totals converted into one currency. The ledgers and outputs
 * of many projects are read together, in one query a kind however many projects there
 * are.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PortfolioService {

	private final FundQueries queries;

	private final ProjectService projects;

	private final LedgerService ledgers;

	private final Clock clock;

	/** A project with its figures, outputs and ledger. */
	public ProjectDetails details(ProjectSummary project, Audience audience) {
		return details(List.of(project), audience).get(0);
	}

	/**
	 * Projects with their figures and outputs, loaded together: three queries however
	 * many there are.
	 */
	public List<ProjectDetails> details(List<ProjectSummary> list, Audience audience) {
		List<UUID> ids = list.stream().map(ProjectSummary::id).toList();
		Map<UUID, List<TransactionSummary>> entries = queries.transactions(ids, audience);
		Map<UUID, List<OutputSummary>> outputs = queries.outputs(ids, audience);
		List<ExchangeRateData> rates = ledgers.exchangeRates();
		return list.stream().map(project -> {
			List<TransactionSummary> ledger = entries.getOrDefault(project.id(), List.of());
			return new ProjectDetails(project, ledgers.figures(project, ledger, rates),
					outputs.getOrDefault(project.id(), List.of()), ledger);
		}).toList();
	}

	public ProjectDetails details(UUID id, Audience audience) {
		return details(projects.project(id, audience), audience);
	}

	/**
	 * The portfolio of one partner as far as the reader may see it, totals in the given
	 * currency.
	 */
	public PortfolioSummary portfolio(NationCode partner, Audience audience, Currency currency) {
		return portfolio(queries.allProjects(partner, audience), audience, currency);
	}

	/** The portfolio across all partners as far as the reader may see it. */
	public PortfolioSummary portfolio(Audience audience, Currency currency) {
		return portfolio(queries.allProjects(null, audience), audience, currency);
	}

	/**
	 * The portfolio across all partners of one executing agent, as far as the reader may
	 * see it.
	 */
	public PortfolioSummary portfolioOfAgent(String agent, Audience audience, Currency currency) {
		return portfolio(queries.allProjects(null, agent, audience), audience, currency);
	}

	private PortfolioSummary portfolio(List<ProjectSummary> list, Audience audience, Currency currency) {
		List<UUID> ids = list.stream().map(ProjectSummary::id).toList();
		Map<UUID, List<TransactionSummary>> entries = queries.transactions(ids, audience);
		Map<UUID, List<OutputSummary>> outputs = queries.outputs(ids, audience);
		List<ExchangeRateData> rates = ledgers.exchangeRates();
		Map<ProjectStatus, Long> byStatus = new EnumMap<>(ProjectStatus.class);
		List<ProjectLine> lines = new ArrayList<>();
		Map<String, BigDecimal[]> donors = new LinkedHashMap<>();
		BigDecimal budget = BigDecimal.ZERO;
		BigDecimal pledged = BigDecimal.ZERO;
		BigDecimal received = BigDecimal.ZERO;
		BigDecimal spent = BigDecimal.ZERO;
		List<Money> unconverted = new ArrayList<>();
		Map<String, OutputTotal> outputTotals = new LinkedHashMap<>();
		for (ProjectSummary project : list) {
			byStatus.merge(project.status(), 1L, Long::sum);
			List<TransactionSummary> ledger = entries.getOrDefault(project.id(), List.of());
			lines.add(new ProjectLine(project, ledgers.figures(project, ledger, rates)));
			Ledger inTotal = new Ledger(currency, ledger, rates);
			ProjectFigures total = inTotal.figures(Amounts.money(BigDecimal.ZERO, currency));
			LocalDate budgetDate = project.start() != null ? project.start().firstDay() : LocalDate.now(clock);
			Optional<BigDecimal> convertedBudget = inTotal.convert(project.budget(), budgetDate);
			if (convertedBudget.isPresent()) {
				budget = budget.add(convertedBudget.get());
			}
			else {
				unconverted.add(project.budget());
			}
			pledged = pledged.add(total.pledged().amount());
			received = received.add(total.received().amount());
			spent = spent.add(total.spent().amount());
			unconverted.addAll(total.unconverted());
			for (DonorShare donor : total.donors()) {
				BigDecimal[] sums = donors.computeIfAbsent(donor.donor(),
						d -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
				sums[0] = sums[0].add(donor.pledged().amount());
				sums[1] = sums[1].add(donor.received().amount());
			}
			for (OutputSummary output : outputs.getOrDefault(project.id(), List.of())) {
				BigDecimal achieved = output.latest() == null ? BigDecimal.ZERO : output.latest().value();
				BigDecimal target = output.target() == null ? BigDecimal.ZERO : output.target();
				outputTotals.merge(output.item(),
						new OutputTotal(output.item(), output.label(), output.unit(), achieved, target),
						(a, b) -> new OutputTotal(a.item(), a.label(), a.unit(), a.achieved().add(b.achieved()),
								a.target().add(b.target())));
			}
		}
		List<DonorTotal> donorTotals = donors.entrySet()
			.stream()
			.map(e -> new DonorTotal(e.getKey(), Amounts.money(e.getValue()[0], currency),
					Amounts.money(e.getValue()[1], currency)))
			.sorted((a, b) -> b.received().amount().compareTo(a.received().amount()))
			.toList();
		return new PortfolioSummary(currency, lines, byStatus, Amounts.money(budget, currency),
				Amounts.money(pledged, currency), Amounts.money(received, currency), Amounts.money(spent, currency),
				donorTotals, List.copyOf(outputTotals.values()), unconverted);
	}

}
