package org.liaison.transit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.RecordData;

/**
 * The notice period a transit agreement sets, as staff or a dossier give it.
 *
 * @param agreementRef the agreement's ref within its partner (dossiers name it so; the
 * API names the agreement in the URL)
 */
public record TransitTermsData(@Nullable String agreementRef, @NotNull @Min(1) @Max(90) Integer noticeDays,
		@Nullable Boolean illustrative) implements RecordData {

	public TransitTermsData {
		illustrative = Boolean.TRUE.equals(illustrative);
	}

	public static final int MIN_NOTICE_DAYS = 1;

	public static final int MAX_NOTICE_DAYS = 90;

}
