package org.liaison.plan.internal;

import java.util.ArrayList;
import java.util.List;

import org.liaison.shared.CsvRecords;

/**
 * Reads the CSV of a plan's tree (columns code, parent code, title, lead, target), with
 * quoted fields as RFC 4180 writes them. A first line that starts with "code" is a
 * header.
 */
public final class TreeCsv {

	private TreeCsv() {
	}

	/** A line of the file with its number (from 1) and its cells. */
	public record Line(int number, List<String> cells) {
	}

	public static List<Line> parse(String csv) {
		List<Line> lines = new ArrayList<>(CsvRecords.read(csv)
			.stream()
			.filter(record -> !record.isBlank())
			.map(record -> new Line(record.line(), record.fields().stream().map(String::strip).toList()))
			.toList());
		if (!lines.isEmpty() && lines.get(0).cells().get(0).strip().equalsIgnoreCase("code")) {
			lines.remove(0);
		}
		return lines;
	}

}
