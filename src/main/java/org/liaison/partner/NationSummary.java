package org.liaison.partner;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;

/**
 * A nation of the reference list. It is an Ally from the date it joined NATO.
 */
public record NationSummary(NationCode code, String name, @Nullable PartialDate natoMemberSince) {

	public boolean ally() {
		return natoMemberSince != null;
	}

}
