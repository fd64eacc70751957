package org.liaison.fund.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.liaison.directory.DirectoryService;
import org.liaison.directory.OrganisationSummary;
import org.liaison.shared.Audience;

/**
 * The names of the organisations a ledger names by ref (donors, payees), as the reader
 * may see them; a party that is a nation is named by the page from its code.
 */
final class PartyNames {

	private PartyNames() {
	}

	static Map<String, String> of(DirectoryService directory, Audience audience) {
		return directory.allOrganisations(audience)
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::ref, OrganisationSummary::name, (a, b) -> a));
	}

}
