package org.liaison.science;

import java.util.UUID;

import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

/**
 * A grant was completed, on its end date.
 *
 * @param illustrative whether the grant is illustrative demo data, never to be told as
 * fact
 */
public record GrantCompleted(UUID grantId, NationCode partner, String title, PartialDate on, boolean illustrative,
		Releasability releasability) {
}
