package org.liaison.science.internal;

import java.util.Set;

import org.liaison.shared.NationCode;

/**
 * The nations a grant's directors may come from: Allies for the NATO-country director, the other
 * nations of the reference list for the partner-country director.
 */
public record Nations(Set<NationCode> allies, Set<NationCode> others) {

	public Nations {
		allies = Set.copyOf(allies);
		others = Set.copyOf(others);
	}

}
