package org.liaison.fund.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.fund.Amounts;
import org.liaison.fund.ExchangeRateData;
import org.liaison.fund.OutputData;
import org.liaison.fund.OutputValueData;
import org.liaison.fund.TransactionData;
import org.liaison.shared.RecordWritten;
import org.liaison.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes of the ledger, the exchange rates and the outputs. The ledger is append-only:
 * this class inserts entries and never updates or deletes one. A writer first locks the
 * project ({@link ProjectRepository#findForUpdateById}), so that the rules checked
 * against the ledger still hold when the entry is written, whatever other writers do at
 * the same time, and saves the project touched afterwards, which moves its version.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LedgerStore {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	/** Appends an entry as the next of the project's ledger and answers its id. */
	public UUID append(Project of, TransactionData data, Instant at) {
		UUID project = of.id();
		int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from fund_transaction where project = :project")
			.param("project", project)
			.query(Integer.class)
			.single();
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into fund_transaction (id, project, seq, kind, nation, organisation, amount, currency, value_date,
						    in_kind, pre_financed_by, reverses, note, illustrative, recorded_at)
						values (:id, :project, :seq, :kind, :nation, :organisation, :amount, :currency, :on, :inKind,
						    :preFinancedBy, :reverses, :note, :illustrative, :at)""")
			.param("id", id)
			.param("project", project)
			.param("seq", seq)
			.param("kind", data.kind().name())
			.param("nation", data.nation() == null ? null : data.nation().value())
			.param("organisation", Texts.clean(data.organisation()))
			.param("amount", data.amount())
			.param("currency", data.currency().getCurrencyCode())
			.param("on", data.on())
			.param("inKind", data.inKind())
			.param("preFinancedBy", data.preFinancedBy() == null ? null : data.preFinancedBy().value())
			.param("reverses", data.reverses())
			.param("note", Texts.clean(data.note()))
			.param("illustrative", data.illustrative())
			.param("at", java.sql.Timestamp.from(at))
			.update();
		events.publishEvent(
				RecordWritten
					.created("FundTransaction", id.toString(), of.ref() + " #" + seq, of.partner(), of.releasability(),
							entry(seq, data))
					.partOf(project));
		return id;
	}

	/** An entry as the audit trail shows it. */
	private static Map<String, @Nullable String> entry(int seq, TransactionData data) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("seq", String.valueOf(seq));
		fields.put("kind", data.kind().name());
		fields.put("nation", data.nation() == null ? null : data.nation().value());
		fields.put("organisation", Texts.clean(data.organisation()));
		fields.put("amount", data.amount().toPlainString() + " " + data.currency().getCurrencyCode());
		fields.put("on", String.valueOf(data.on()));
		fields.put("reverses", data.reverses() == null ? null : String.valueOf(data.reverses()));
		fields.put("note", Texts.clean(data.note()));
		return fields;
	}

	public void addRate(ExchangeRateData rate) {
		jdbc.sql(
				"insert into fund_exchange_rate (currency, base_currency, valid_from, rate) values (:c, :b, :from, :rate)")
			.param("c", rate.currency().getCurrencyCode())
			.param("b", rate.base().getCurrencyCode())
			.param("from", rate.validFrom())
			.param("rate", rate.rate())
			.update();
	}

	public List<ExchangeRateData> rates() {
		return jdbc.sql(
				"select currency, base_currency, valid_from, rate from fund_exchange_rate order by currency, base_currency, valid_from")
			.query((rs, n) -> new ExchangeRateData(Currency.getInstance(rs.getString("currency")),
					Currency.getInstance(rs.getString("base_currency")), rs.getObject("valid_from", LocalDate.class),
					Amounts.plain(rs.getBigDecimal("rate"))))
			.list();
	}

	/**
	 * Defines an output or redefines its label, unit, baseline and target, keeping its
	 * values.
	 */
	public void defineOutput(Project of, OutputData data) {
		UUID project = of.id();
		int updated = output(
				jdbc.sql("update fund_output set label = :label, unit = :unit, baseline = :baseline, target = :target,"
						+ " target_qualifier = :qualifier where project = :project and item = :item"),
				project, data)
			.update();
		if (updated == 0) {
			output(jdbc
				.sql("""
						insert into fund_output (project, item, position, label, unit, baseline, target, target_qualifier)
						values (:project, :item, (select coalesce(max(position), -1) + 1 from fund_output where project = :project),
						        :label, :unit, :baseline, :target, :qualifier)"""),
					project, data)
				.update();
		}
		events.publishEvent(new RecordWritten("FundOutput", of.id() + "/" + data.item(), of.ref() + " " + data.item(),
				of.partner(), of.releasability(), updated == 0 ? "created" : "changed", Map.of(), Map.of("label",
						data.label().strip(), "unit", data.unit().strip(), "target", String.valueOf(data.target())))
			.partOf(project));
	}

	/** Binds an output's definition, the same for its first write and for a change. */
	private static JdbcClient.StatementSpec output(JdbcClient.StatementSpec statement, UUID project, OutputData data) {
		return statement.param("label", data.label().strip())
			.param("unit", data.unit().strip())
			.param("baseline", data.baseline())
			.param("target", data.target())
			.param("qualifier", data.targetQualifier() == null ? null : data.targetQualifier().name())
			.param("project", project)
			.param("item", data.item());
	}

	/**
	 * Records the value achieved by a date; a value for the same date replaces the
	 * earlier report.
	 */
	public void recordValue(Project of, String item, OutputValueData value) {
		UUID project = of.id();
		events.publishEvent(
				RecordWritten
					.created("FundOutputValue", of.id() + "/" + item + "/" + value.on().iso(), of.ref() + " " + item,
							of.partner(), of.releasability(),
							Map.of("on", value.on().iso(), "value", value.value().toPlainString()))
					.partOf(project));
		jdbc.sql("delete from fund_output_value where project = :project and item = :item and value_on = :on")
			.param("project", project)
			.param("item", item)
			.param("on", value.on().iso())
			.update();
		jdbc.sql(
				"insert into fund_output_value (project, item, value_on, amount, source, qualifier) values (:project, :item, :on, :amount, :source, :qualifier)")
			.param("project", project)
			.param("item", item)
			.param("on", value.on().iso())
			.param("amount", value.value())
			.param("qualifier", value.qualifier() == null ? null : value.qualifier().name())
			.param("source", Texts.clean(value.source()))
			.update();
	}

	public void removeOutputs(UUID project) {
		jdbc.sql("delete from fund_output_value where project = :project").param("project", project).update();
		jdbc.sql("delete from fund_output where project = :project").param("project", project).update();
	}

	public boolean hasEntries(UUID project) {
		return jdbc.sql("select count(*) from fund_transaction where project = :project")
			.param("project", project)
			.query(Long.class)
			.single() > 0;
	}

	public boolean outputExists(UUID project, String item) {
		return jdbc.sql("select count(*) from fund_output where project = :project and item = :item")
			.param("project", project)
			.param("item", item)
			.query(Long.class)
			.single() > 0;
	}

}
