package org.liaison.activity;

import java.util.List;

/**
 * What an import of the menu did: rows read, activities created and changed, and every
 * bad row with its line number and reason (then nothing was written).
 */
public record CsvImportReport(int rows, int created, int changed, List<String> errors) {

	public boolean ok() {
		return errors.isEmpty();
	}

}
