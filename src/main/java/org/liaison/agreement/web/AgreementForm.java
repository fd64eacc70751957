package org.liaison.agreement.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.agreement.AgreementData;
import org.liaison.agreement.AgreementParty;
import org.liaison.agreement.AgreementStatus;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.web.TextLine;

/**
 * The agreement form as a browser submits it. It differs from {@link AgreementData} only
 * in the parties, which a person types one per line, as "Name" or "Name | SRB".
 */
public record AgreementForm(@Nullable String ref, @Nullable String type, @Nullable String title,
		@Nullable String description, @Nullable AgreementStatus status, @Nullable PartialDate submittedOn,
		@Nullable PartialDate agreedOn, @Nullable PartialDate inForceOn, @Nullable PartialDate endedOn,
		@Nullable String submittedText, @Nullable String agreedText, @Nullable String inForceText,
		@Nullable String endedText, @Nullable String parties, @Nullable Releasability releasability) {

	static final String NATION_SEPARATOR = "|";

	static AgreementForm blank() {
		return new AgreementForm("", "", "", "", AgreementStatus.DRAFT, null, null, null, null, "", "", "", "", "",
				Releasability.PARTNER);
	}

	static AgreementForm of(AgreementData data) {
		String lines = data.parties()
			.stream()
			.map(party -> party.nation() == null ? party.name()
					: party.name() + " " + NATION_SEPARATOR + " " + party.nation().value())
			.collect(Collectors.joining("\n"));
		return new AgreementForm(data.ref(), data.type(), data.title(), data.description(), data.status(),
				data.submittedOn(), data.agreedOn(), data.inForceOn(), data.endedOn(), data.submittedText(),
				data.agreedText(), data.inForceText(), data.endedText(), lines, data.releasability());
	}

	/** The data this form stands for; a party line that cannot be read adds a problem. */
	AgreementData toData(List<Problem> problems) {
		return new AgreementData(ref, type == null ? "" : type, title == null ? "" : title, description, status,
				submittedOn, agreedOn, inForceOn, endedOn, submittedText, agreedText, inForceText, endedText,
				parties(problems), releasability);
	}

	private List<AgreementParty> parties(List<Problem> problems) {
		List<AgreementParty> result = new ArrayList<>();
		for (TextLine line : TextLine.of(parties)) {
			String name = line.before(NATION_SEPARATOR);
			String code = line.after(NATION_SEPARATOR);
			if (name.isEmpty()) {
				problems.add(new Problem("parties",
						"Line " + line.number() + " names no party; write the name before the bar"));
			}
			else if (code != null && !NationCode.isValid(code)) {
				problems.add(new Problem("parties", "Line " + line.number() + ": '" + code
						+ "' is not a nation code; after the bar write the nation's three letters, as in 'Serbia | SRB'"));
			}
			else {
				result.add(new AgreementParty(name, code == null ? null : NationCode.of(code)));
			}
		}
		return result;
	}

}
