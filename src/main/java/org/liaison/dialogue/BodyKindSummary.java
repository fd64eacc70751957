package org.liaison.dialogue;

import java.util.Locale;

import org.liaison.shared.ReferenceList;
import org.liaison.shared.Versioned;

/**
 * A kind of joint body, such as a commission created by a charter or a working group:
 * reference data that administrators keep.
 */
public record BodyKindSummary(String code, String name, String nameFr,
		long version) implements Versioned, ReferenceList.Coded {

	/** The name in a language: French when asked, English otherwise. */
	public String name(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? nameFr : name;
	}

	public BodyKindData toData() {
		return new BodyKindData(code, name, nameFr);
	}

}
