package org.liaison.partner;

import java.util.Locale;

import org.liaison.shared.ReferenceList;
import org.liaison.shared.Versioned;

/**
 * A partnership framework or programme a partner may belong to, such as the Partnership
 * for Peace ({@code PFP}) or its Planning and Review Process ({@code PARP}); reference
 * data that administrators keep.
 */
public record FrameworkSummary(String code, String name, String nameFr, FrameworkKind kind,
		long version) implements Versioned, ReferenceList.Coded {

	/** The name in a language: French when asked, English otherwise. */
	public String name(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? nameFr : name;
	}

	public FrameworkData toData() {
		return new FrameworkData(code, name, nameFr, kind);
	}

}
