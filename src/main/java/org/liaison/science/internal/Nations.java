package org.liaison.science.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.liaison.science.GrantData;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;

/**
 * The nations a grant's directors may come from: Allies for the NATO-country director,
 * the other nations of the reference list for the partner-country director.
 */
public record Nations(Set<NationCode> allies, Set<NationCode> others) {

	public Nations {
		allies = Set.copyOf(allies);
		others = Set.copyOf(others);
	}

	/**
	 * The NATO-country director comes from an Ally, the partner-country director from a
	 * partner nation (any nation of the list that is not an Ally).
	 */
	public List<Problem> directorProblems(GrantData data) {
		List<Problem> problems = new ArrayList<>();
		if (data.natoDirector() != null && data.natoDirector().nation() != null) {
			NationCode nation = data.natoDirector().nation();
			if (others.contains(nation)) {
				problems.add(new Problem("natoDirector.nation",
						"'" + nation + "' is not an Ally; the NATO-country director comes from an Ally"));
			}
			else if (!allies.contains(nation)) {
				problems.add(new Problem("natoDirector.nation", "'" + nation + "' is not in the list of nations"));
			}
		}
		if (data.partnerDirector() != null && data.partnerDirector().nation() != null) {
			NationCode nation = data.partnerDirector().nation();
			if (allies.contains(nation)) {
				problems.add(new Problem("partnerDirector.nation",
						"'" + nation + "' is an Ally; the partner-country director comes from a partner nation"));
			}
			else if (!others.contains(nation)) {
				problems.add(new Problem("partnerDirector.nation", "'" + nation + "' is not in the list of nations"));
			}
		}
		return problems;
	}

}
