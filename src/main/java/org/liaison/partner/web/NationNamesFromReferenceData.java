package org.liaison.partner.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.NationCode;
import org.liaison.web.NationNames;
import org.springframework.stereotype.Component;

/** The nations list of the reference data, as the pages name nations. */
@Component
@RequiredArgsConstructor
class NationNamesFromReferenceData implements NationNames {

	private final PartnerService partners;

	@Override
	public Map<NationCode, String> names(Locale locale) {
		return partners.nations()
			.stream()
			.collect(Collectors.toMap(NationSummary::code, nation -> nation.name(locale), (a, b) -> a));
	}

}
