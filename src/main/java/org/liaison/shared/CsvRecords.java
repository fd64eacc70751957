package org.liaison.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV text as RFC 4180 writes it (comma separated, double quotes around a field with
 * commas, quotes or line breaks, a quote doubled inside one), split into records, each
 * with the line it starts on so that a problem can name it. The fields are as written:
 * what is blank, stripped or a header is for the reader of each file to say.
 */
public final class CsvRecords {

	private CsvRecords() {
	}

	/** A record of the file: the line it starts on (from 1) and its fields. */
	public record Record(int line, List<String> fields) {

		public boolean isBlank() {
			return fields.stream().allMatch(String::isBlank);
		}

	}

	/**
	 * The records of the text, a byte order mark at its start left out; a line break at
	 * the end of the text ends the last record and starts none.
	 */
	public static List<Record> read(String csv) {
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		List<Record> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int start = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				records.add(new Record(start, fields));
				fields = new ArrayList<>();
				line++;
				start = line;
			}
			else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !fields.isEmpty()) {
			fields.add(field.toString());
			records.add(new Record(start, fields));
		}
		return records;
	}

}
