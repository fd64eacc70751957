package org.liaison.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line of a text area in which a person types a list, one item a line (parties,
 * participants, cargo, phases). Only lines that hold something count, stripped, but each
 * keeps its number as the person sees it, so that a problem can say which line it is in.
 */
public record TextLine(int number, String text) {

	/** The lines of a text that hold something; none when there is no text. */
	public static List<TextLine> of(@Nullable String text) {
		List<TextLine> lines = new ArrayList<>();
		if (text == null) {
			return lines;
		}
		String[] all = text.split("\\R");
		for (int i = 0; i < all.length; i++) {
			String line = all[i].strip();
			if (!line.isEmpty()) {
				lines.add(new TextLine(i + 1, line));
			}
		}
		return lines;
	}

	/**
	 * What comes before the line's last separator, as the name in "Name | SRB"; the whole
	 * line when it has none.
	 */
	public String before(String separator) {
		int at = text.lastIndexOf(separator);
		return at < 0 ? text : text.substring(0, at).strip();
	}

	/**
	 * What comes after the line's last separator, as the code in "Name | SRB"; none when
	 * the line has no separator.
	 */
	public @Nullable String after(String separator) {
		int at = text.lastIndexOf(separator);
		return at < 0 ? null : text.substring(at + separator.length()).strip();
	}

}
