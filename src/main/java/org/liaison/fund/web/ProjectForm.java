package org.liaison.fund.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.fund.PhaseData;
import org.liaison.fund.ProjectData;
import org.liaison.fund.ProjectStatus;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.web.TextLine;

/**
 * The project form as a browser submits it. Lead nations are typed as codes separated by
 * commas or spaces; phases one per line, as "Name | start | end | budget".
 */
public record ProjectForm(@Nullable String ref, @Nullable String title, @Nullable String objective,
		@Nullable String leadNations, @Nullable Boolean leadNationsIllustrative, @Nullable String executingAgent,
		@Nullable String sector, @Nullable String currency, @Nullable PartialDate plannedStart,
		@Nullable PartialDate plannedEnd, @Nullable PartialDate actualStart, @Nullable PartialDate actualEnd,
		@Nullable String phases, @Nullable ProjectStatus status, @Nullable Boolean illustrative,
		@Nullable String launchText, @Nullable String completionText, @Nullable Releasability releasability) {

	public ProjectForm {
		leadNationsIllustrative = Boolean.TRUE.equals(leadNationsIllustrative);
		illustrative = Boolean.TRUE.equals(illustrative);
	}

	static ProjectForm blank() {
		return new ProjectForm("", "", "", "", false, "", "", "EUR", null, null, null, null, "", ProjectStatus.SCOPING,
				false, "", "", Releasability.PARTNER);
	}

	static ProjectForm of(ProjectData data) {
		String phaseLines = data.phases()
			.stream()
			.map(p -> p.name() + " | " + (p.start() == null ? "" : p.start().iso()) + " | "
					+ (p.end() == null ? "" : p.end().iso()) + " | " + p.budget().toPlainString())
			.collect(Collectors.joining("\n"));
		return new ProjectForm(data.ref(), data.title(), data.objective(),
				data.leadNations().stream().map(NationCode::value).collect(Collectors.joining(", ")),
				data.leadNationsIllustrative(), data.executingAgent(), data.sector(), data.currency().getCurrencyCode(),
				data.plannedStart(), data.plannedEnd(), data.actualStart(), data.actualEnd(), phaseLines, data.status(),
				data.illustrative(), data.launchText(), data.completionText(), data.releasability());
	}

	ProjectData toData(List<Problem> problems) {
		return new ProjectData(ref, title == null ? "" : title, objective, nations(problems), leadNationsIllustrative,
				executingAgent, sector == null ? "" : sector.strip(), currency(problems), plannedStart, plannedEnd,
				actualStart, actualEnd, phases(problems), status, illustrative, launchText, completionText,
				releasability);
	}

	private List<NationCode> nations(List<Problem> problems) {
		List<NationCode> result = new ArrayList<>();
		for (String code : (leadNations == null ? "" : leadNations).split("[,;\\s]+")) {
			if (code.isBlank()) {
				continue;
			}
			if (!NationCode.isValid(code)) {
				problems.add(new Problem("leadNations",
						"'" + code + "' is not a nation code; write three letters, as in AUT, MLT"));
			}
			else {
				result.add(NationCode.of(code));
			}
		}
		return result;
	}

	private @Nullable Currency currency(List<Problem> problems) {
		try {
			return Currency.getInstance(currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem("currency", "'" + currency + "' is not an ISO 4217 currency code, such as EUR"));
			return null;
		}
	}

	private List<PhaseData> phases(List<Problem> problems) {
		List<PhaseData> result = new ArrayList<>();
		for (TextLine line : TextLine.of(phases)) {
			String[] parts = line.text().split("\\|", -1);
			if (parts.length != 4 || parts[0].isBlank()) {
				problems.add(new Problem("phases",
						"Line " + line.number() + ": write a phase as 'Name | start | end | budget'"));
				continue;
			}
			try {
				result.add(new PhaseData(parts[0].strip(), PartialDate.parseOrNull(parts[1]),
						PartialDate.parseOrNull(parts[2]), new BigDecimal(parts[3].strip())));
			}
			catch (NumberFormatException ex) {
				problems.add(new Problem("phases",
						"Line " + line.number() + ": '" + parts[3].strip() + "' is not an amount"));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new Problem("phases", "Line " + line.number() + ": " + ex.getMessage()));
			}
		}
		return result;
	}

}
