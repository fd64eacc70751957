package org.liaison.activity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A partner's requests of one year in one area of cooperation; or, with no area (the last
 * of a programme), its requests whose activity the reader may no longer see, which belong
 * to no year that could be told.
 */
public record AreaProgramme(@Nullable String area, @Nullable String areaName, List<RequestSummary> requests) {

	/** Whether these are the requests whose activity is withheld from the reader. */
	public boolean withheld() {
		return area == null;
	}

}
