package org.liaison.web;

import java.util.List;

/**
 * An item of a reference list as its administrators' page lists it: its code, which the
 * link to its form names, and the texts of its other columns.
 */
public record ReferenceRow(String code, List<String> cells) {

	public ReferenceRow {
		cells = List.copyOf(cells);
	}

}
