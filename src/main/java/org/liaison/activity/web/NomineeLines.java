package org.liaison.activity.web;

import java.util.ArrayList;
import java.util.List;

import org.liaison.activity.NomineeData;
import org.liaison.shared.InvalidInputException;

/**
 * Nominees as a coordinator types them on the event page: one person a line, as
 * {@code name; rank or function; organisation}, the last two optional. A textarea keeps
 * the form usable without script for any number of seats.
 */
public final class NomineeLines {

	private NomineeLines() {
	}

	public static String write(List<NomineeData> nominees) {
		StringBuilder text = new StringBuilder();
		for (NomineeData nominee : nominees) {
			text.append(nominee.name());
			if (nominee.rankOrFunction() != null || nominee.organisation() != null) {
				text.append("; ").append(nominee.rankOrFunction() == null ? "" : nominee.rankOrFunction());
			}
			if (nominee.organisation() != null) {
				text.append("; ").append(nominee.organisation());
			}
			text.append('\n');
		}
		return text.toString();
	}

	static List<NomineeData> read(String text) {
		List<NomineeData> nominees = new ArrayList<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			String[] parts = lines[i].split(";", -1);
			if (parts.length > 3) {
				throw InvalidInputException.of("nominees",
						"Line %d has %d parts; write name; rank or function; organisation".formatted(i + 1,
								parts.length));
			}
			String name = parts[0].strip();
			if (name.isEmpty()) {
				throw InvalidInputException.of("nominees", "Line %d names nobody".formatted(i + 1));
			}
			nominees.add(new NomineeData(name, part(parts, 1), part(parts, 2)));
		}
		return nominees;
	}

	private static String part(String[] parts, int index) {
		if (parts.length <= index || parts[index].isBlank()) {
			return null;
		}
		return parts[index].strip();
	}

}
