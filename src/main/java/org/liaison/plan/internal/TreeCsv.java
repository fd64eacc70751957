package org.liaison.plan.internal;

import java.util.ArrayList;
import java.util.List;

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
		List<Line> lines = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int number = 1;
		int start = 1;
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						number++;
					}
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				add(lines, start, cells);
				cells = new ArrayList<>();
				number++;
				start = number;
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		add(lines, start, cells);
		if (!lines.isEmpty() && lines.get(0).cells().get(0).strip().equalsIgnoreCase("code")) {
			lines.remove(0);
		}
		return lines;
	}

	private static void add(List<Line> lines, int number, List<String> cells) {
		if (cells.stream().allMatch(String::isBlank)) {
			return;
		}
		lines.add(new Line(number, cells.stream().map(String::strip).toList()));
	}

}
