package org.liaison.plan;

import java.util.List;
import java.util.Locale;

import org.liaison.shared.ReferenceList;
import org.liaison.shared.Versioned;

/**
 * A type of plan with the names of the levels of its tree, from the top down: reference
 * data that administrators keep.
 */
public record PlanTypeSummary(String code, String name, String nameFr, List<String> levels,
		long version) implements Versioned, ReferenceList.Coded {

	public PlanTypeSummary {
		levels = List.copyOf(levels);
	}

	/** The name in a language: French when asked, English otherwise. */
	public String name(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? nameFr : name;
	}

	public String levelName(int level) {
		return level >= 0 && level < levels.size() ? levels.get(level) : "level " + (level + 1);
	}

	public PlanTypeData toData() {
		return new PlanTypeData(code, name, nameFr, levels);
	}

}
