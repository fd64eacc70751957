package org.liaison.agreement;

import java.util.Locale;

import org.liaison.shared.ReferenceList;
import org.liaison.shared.Versioned;

/**
 * A type of agreement or framework document, such as {@code IPAP}: reference data that
 * administrators keep.
 */
public record AgreementTypeSummary(String code, String name, String nameFr,
		long version) implements Versioned, ReferenceList.Coded {

	/** The name in a language: French when asked, English otherwise. */
	public String name(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? nameFr : name;
	}

	public AgreementTypeData toData() {
		return new AgreementTypeData(code, name, nameFr);
	}

}
