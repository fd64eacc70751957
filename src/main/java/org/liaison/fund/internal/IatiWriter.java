package org.liaison.fund.internal;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.liaison.fund.Amounts;
import org.liaison.fund.OutputSummary;
import org.liaison.fund.OutputValueData;
import org.liaison.fund.PhaseData;
import org.liaison.fund.ProjectSummary;
import org.liaison.fund.TransactionKind;
import org.liaison.fund.TransactionSummary;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;

/**
 * Writes projects as IATI Activity Standard 2.03 XML with a streaming writer, in the
 * element order the schema prescribes. Only what may be published is given to it: public
 * projects that are not illustrative; it leaves out illustrative lead nations and ledger
 * entries, and reversed entries with their reversals. Partial dates become their first
 * day (IATI dates are full dates).
 */
public final class IatiWriter {

	public static final String VERSION = "2.03";

	public static final String REPORTING_ORG_REF = "XM-NATO";

	/**
	 * One activity to write, with the names of the organisations and nations it refers
	 * to.
	 */
	public record Activity(ProjectSummary project, List<TransactionSummary> transactions, List<OutputSummary> outputs,
			@Nullable String executingAgentName) {
	}

	private final XMLStreamWriter xml;

	private final Function<NationCode, String> nationNames;

	private IatiWriter(XMLStreamWriter xml, Function<NationCode, String> nationNames) {
		this.xml = xml;
		this.nationNames = nationNames;
	}

	public static String identifier(ProjectSummary project) {
		return REPORTING_ORG_REF + "-" + project.partner().value() + "-" + project.ref();
	}

	/** Whether the project can be published: IATI needs at least one of its dates. */
	public static boolean publishable(ProjectSummary project) {
		return !project.illustrative() && (project.plannedStart() != null || project.actualStart() != null
				|| project.plannedEnd() != null || project.actualEnd() != null);
	}

	public static void write(List<Activity> activities, Instant generated, Function<NationCode, String> nationNames,
			OutputStream out) {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			IatiWriter writer = new IatiWriter(xml, nationNames);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("iati-activities");
			xml.writeAttribute("version", VERSION);
			xml.writeAttribute("generated-datetime", dateTime(generated));
			for (Activity activity : activities) {
				writer.activity(activity);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The IATI export could not be written", ex);
		}
	}

	private void activity(Activity activity) throws XMLStreamException {
		ProjectSummary project = activity.project();
		xml.writeStartElement("iati-activity");
		xml.writeAttribute("last-updated-datetime", dateTime(project.updatedAt()));
		xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
		xml.writeAttribute("default-currency", project.currency().getCurrencyCode());
		text("iati-identifier", identifier(project));
		xml.writeStartElement("reporting-org");
		xml.writeAttribute("ref", REPORTING_ORG_REF);
		xml.writeAttribute("type", "40");
		narrative("North Atlantic Treaty Organization (NATO)");
		xml.writeEndElement();
		xml.writeStartElement("title");
		narrative(project.title());
		xml.writeEndElement();
		xml.writeStartElement("description");
		xml.writeAttribute("type", "1");
		narrative(project.objective() != null ? project.objective() : project.title());
		xml.writeEndElement();
		// Participating organisations: donors fund (1), lead nations are accountable (2),
		// NATO
		// extends through its trust fund mechanism (3), the executing agent implements
		// (4).
		List<TransactionSummary> published = published(activity.transactions());
		published.stream()
			.filter(t -> t.kind() == TransactionKind.PLEDGE || t.kind() == TransactionKind.RECEIPT)
			.map(TransactionSummary::party)
			.filter(party -> !party.isEmpty())
			.distinct()
			.forEach(party -> participant(party, "1", donorName(party)));
		if (!project.leadNationsIllustrative()) {
			for (NationCode nation : project.leadNations()) {
				participant(nation.value(), "2", nationNames.apply(nation));
			}
		}
		participant(REPORTING_ORG_REF, "3", "NATO Partnership for Peace Trust Fund mechanism");
		if (project.executingAgent() != null) {
			participant(null, "4",
					activity.executingAgentName() != null ? activity.executingAgentName() : project.executingAgent());
		}
		empty("activity-status", Map.of("code", project.status().iatiCode()));
		date("1", project.plannedStart());
		date("2", project.actualStart());
		date("3", project.plannedEnd());
		date("4", project.actualEnd());
		String country = alpha2(project.partner());
		if (country != null) {
			empty("recipient-country", Map.of("code", country, "percentage", "100"));
		}
		empty("sector", Map.of("vocabulary", "1", "code", project.sector()));
		for (PhaseData phase : project.phases()) {
			PartialDate start = phase.start() != null ? phase.start() : project.start();
			PartialDate end = phase.end() != null ? phase.end() : project.end();
			if (start == null || end == null) {
				continue;
			}
			xml.writeStartElement("budget");
			xml.writeAttribute("type", "1");
			xml.writeAttribute("status", "2");
			empty("period-start", Map.of("iso-date", start.firstDay().toString()));
			empty("period-end", Map.of("iso-date", end.lastDay().toString()));
			value(Amounts.atCurrencyScale(phase.budget(), project.currency()), project.currency().getCurrencyCode(),
					start.firstDay());
			xml.writeEndElement();
		}
		for (TransactionSummary transaction : published) {
			transaction(transaction);
		}
		for (OutputSummary output : activity.outputs()) {
			result(project, output);
		}
		xml.writeEndElement();
	}

	private void transaction(TransactionSummary transaction) throws XMLStreamException {
		xml.writeStartElement("transaction");
		xml.writeAttribute("ref", String.valueOf(transaction.seq()));
		empty("transaction-type", Map.of("code", transaction.kind().iatiCode()));
		empty("transaction-date", Map.of("iso-date", transaction.on().toString()));
		value(transaction.money().amount(), transaction.money().currency().getCurrencyCode(), transaction.on());
		if (transaction.note() != null) {
			xml.writeStartElement("description");
			narrative(transaction.note());
			xml.writeEndElement();
		}
		if (!transaction.party().isEmpty()) {
			boolean incoming = transaction.kind() == TransactionKind.PLEDGE
					|| transaction.kind() == TransactionKind.RECEIPT;
			xml.writeStartElement(incoming ? "provider-org" : "receiver-org");
			xml.writeAttribute("ref", transaction.party());
			narrative(donorName(transaction.party()));
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private void result(ProjectSummary project, OutputSummary output) throws XMLStreamException {
		xml.writeStartElement("result");
		xml.writeAttribute("type", "1");
		xml.writeStartElement("title");
		narrative(output.label());
		xml.writeEndElement();
		xml.writeStartElement("indicator");
		xml.writeAttribute("measure", "1");
		xml.writeAttribute("ascending", "true");
		xml.writeStartElement("title");
		narrative(output.label() + " (" + output.unit() + ")");
		xml.writeEndElement();
		LocalDate start = project.start() != null ? project.start().firstDay()
				: output.values().isEmpty() ? null : output.values().get(0).on().firstDay();
		if (output.baseline() != null && start != null) {
			xml.writeStartElement("baseline");
			xml.writeAttribute("year", String.valueOf(start.getYear()));
			xml.writeAttribute("iso-date", start.toString());
			xml.writeAttribute("value", output.baseline().toPlainString());
			xml.writeEndElement();
		}
		LocalDate periodStart = start;
		if (output.values().isEmpty() && output.target() != null && start != null && project.end() != null
				&& !project.end().lastDay().isBefore(start)) {
			// A target not yet reported on: one period over the whole project.
			xml.writeStartElement("period");
			empty("period-start", Map.of("iso-date", start.toString()));
			empty("period-end", Map.of("iso-date", project.end().lastDay().toString()));
			empty("target", Map.of("value", output.target().toPlainString()));
			xml.writeEndElement();
		}
		for (OutputValueData value : output.values()) {
			LocalDate end = value.on().lastDay();
			LocalDate from = periodStart == null || periodStart.isAfter(end) ? value.on().firstDay() : periodStart;
			xml.writeStartElement("period");
			empty("period-start", Map.of("iso-date", from.toString()));
			empty("period-end", Map.of("iso-date", end.toString()));
			if (output.target() != null) {
				empty("target", Map.of("value", output.target().toPlainString()));
			}
			empty("actual", Map.of("value", value.value().toPlainString()));
			xml.writeEndElement();
			periodStart = end.plusDays(1);
		}
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static List<TransactionSummary> published(List<TransactionSummary> transactions) {
		return transactions.stream()
			.filter(t -> !t.illustrative() && t.kind() != TransactionKind.REVERSAL && t.reversedBy() == null)
			.toList();
	}

	private String donorName(String party) {
		return NationCode.isValid(party) && party.length() == 3 && party.equals(party.toUpperCase(Locale.ROOT))
				? nationNames.apply(NationCode.of(party)) : party;
	}

	private void participant(@Nullable String ref, String role, String name) {
		try {
			xml.writeStartElement("participating-org");
			if (ref != null) {
				xml.writeAttribute("ref", ref);
			}
			xml.writeAttribute("role", role);
			narrative(name);
			xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void date(String type, @Nullable PartialDate date) throws XMLStreamException {
		if (date != null) {
			empty("activity-date", Map.of("type", type, "iso-date", date.firstDay().toString()));
		}
	}

	private void value(BigDecimal amount, String currency, LocalDate valueDate) throws XMLStreamException {
		xml.writeStartElement("value");
		xml.writeAttribute("currency", currency);
		xml.writeAttribute("value-date", valueDate.toString());
		xml.writeCharacters(amount.toPlainString());
		xml.writeEndElement();
	}

	private void narrative(String text) throws XMLStreamException {
		text("narrative", text);
	}

	private void text(String element, String text) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private void empty(String element, Map<String, String> attributes) throws XMLStreamException {
		xml.writeEmptyElement(element);
		for (String name : List.of("type", "vocabulary", "code", "iso-date", "percentage", "value")) {
			if (attributes.containsKey(name)) {
				xml.writeAttribute(name, attributes.get(name));
			}
		}
	}

	private static String dateTime(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
	}

	/**
	 * The ISO 3166-1 alpha-2 code of a nation (SRB is RS), from the JDK's country list.
	 */
	public static @Nullable String alpha2(NationCode nation) {
		for (String code : Locale.getISOCountries()) {
			if (new Locale.Builder().setRegion(code).build().getISO3Country().equals(nation.value())) {
				return code;
			}
		}
		return null;
	}

}
