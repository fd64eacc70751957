package org.liaison.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A partner's requests of one year in one area of cooperation; or, with no area (the last
 * of a programme), its requests whose activity the reader may no longer see, which belong
 * to no year that could be told.
 */
public record AreaProgramme(@Nullable String area, @Nullable String areaName, List<RequestSummary> requests) {

	/**
	 * The requests of a page of a programme under the headings of their areas, a heading
	 * wherever the area changes: the programme reads them by area, and the withheld ones
	 * (of no area) last.
	 */
	public static List<AreaProgramme> of(List<RequestSummary> page) {
		List<AreaProgramme> areas = new ArrayList<>();
		List<RequestSummary> current = new ArrayList<>();
		for (RequestSummary request : page) {
			if (!current.isEmpty() && !Objects.equals(current.get(0).area(), request.area())) {
				areas.add(heading(current));
				current = new ArrayList<>();
			}
			current.add(request);
		}
		if (!current.isEmpty()) {
			areas.add(heading(current));
		}
		return List.copyOf(areas);
	}

	private static AreaProgramme heading(List<RequestSummary> requests) {
		RequestSummary first = requests.get(0);
		return new AreaProgramme(first.area(), first.areaName(), List.copyOf(requests));
	}

	/** Whether these are the requests whose activity is withheld from the reader. */
	public boolean withheld() {
		return area == null;
	}

}
