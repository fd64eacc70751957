package org.liaison.partner;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.ReferenceList;
import org.liaison.shared.Versioned;

/**
 * A nation of the reference list, which administrators keep. It is an Ally from the date
 * it joined NATO and, before it, may have been a partner: a partnership's record outlives
 * the accession.
 *
 * @param nameFr the French name without its article ("Serbie")
 * @param articleFr the article French puts before the name ("la", "le", "l'", "les"), or
 * none ("Malte", "Israël")
 */
public record NationSummary(NationCode code, String name, String nameFr, @Nullable String articleFr,
		@Nullable PartialDate natoMemberSince, long version) implements Versioned, ReferenceList.Coded {

	/** Whether it is an Ally today. */
	public boolean ally() {
		return natoMemberSince != null;
	}

	/**
	 * Whether it was an Ally on that day: from the first day of the month (or year) of
	 * its accession.
	 */
	public boolean allyOn(LocalDate day) {
		return natoMemberSince != null && !day.isBefore(natoMemberSince.firstDay());
	}

	/** The name in a language: French when asked, English otherwise. */
	public String name(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? nameFr : name;
	}

	/**
	 * The French name with its article, as a sentence uses it: "la Serbie", "l'Ukraine",
	 * "Malte".
	 */
	public String nameFrWithArticle() {
		if (articleFr == null || articleFr.isBlank()) {
			return nameFr;
		}
		return articleFr.endsWith("'") ? articleFr + nameFr : articleFr + " " + nameFr;
	}

	public NationData toData() {
		return new NationData(code.value(), name, nameFr, articleFr, natoMemberSince);
	}

}
