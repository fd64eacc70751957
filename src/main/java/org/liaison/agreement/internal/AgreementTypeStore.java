package org.liaison.agreement.internal;

import org.liaison.agreement.AgreementTypeData;
import org.liaison.agreement.AgreementTypeSummary;
import org.liaison.shared.NamedCodeStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the reference list of agreement types, which holds codes and names.
 */
@Component
public class AgreementTypeStore extends NamedCodeStore<AgreementTypeData, AgreementTypeSummary> {

	AgreementTypeStore(JdbcClient jdbc) {
		super(jdbc, "agreement_type", AgreementTypeData::name, AgreementTypeData::nameFr, AgreementTypeSummary::new);
	}

}
