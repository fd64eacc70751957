package org.liaison.agreement.internal;

import org.jspecify.annotations.Nullable;
import org.liaison.agreement.AgreementParty;
import org.liaison.shared.NationCode;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A party as stored, in the agreement's order (the list index is its position).
 */
@Table("agreement_party")
record Party(String name, @Nullable NationCode nation) {

	static Party of(AgreementParty party) {
		return new Party(party.name().strip(), party.nation());
	}

	AgreementParty toParty() {
		return new AgreementParty(name, nation);
	}

}
