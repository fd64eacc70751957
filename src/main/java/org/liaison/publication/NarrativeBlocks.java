package org.liaison.publication;

import java.util.ArrayList;
import java.util.List;

/**
 * A narrative paragraph as blocks of text and highlight lists: a line that starts with "-
 * " is an item of a list, so a writer marks highlights without writing any HTML.
 */
final class NarrativeBlocks {

	private static final String ITEM = "- ";

	private NarrativeBlocks() {
	}

	static List<RelationsPage.Block> of(List<String> paragraphs) {
		List<RelationsPage.Block> blocks = new ArrayList<>();
		for (String paragraph : paragraphs) {
			StringBuilder text = new StringBuilder();
			List<String> items = new ArrayList<>();
			for (String line : paragraph.split("\\R")) {
				String stripped = line.strip();
				if (stripped.startsWith(ITEM)) {
					flush(blocks, text, List.of());
					items.add(stripped.substring(ITEM.length()).strip());
					continue;
				}
				if (!items.isEmpty()) {
					blocks.add(new RelationsPage.Block(null, List.copyOf(items)));
					items.clear();
				}
				if (!stripped.isEmpty()) {
					text.append(text.isEmpty() ? "" : " ").append(stripped);
				}
			}
			flush(blocks, text, items);
		}
		return blocks;
	}

	private static void flush(List<RelationsPage.Block> blocks, StringBuilder text, List<String> items) {
		if (!text.isEmpty()) {
			blocks.add(new RelationsPage.Block(text.toString(), List.of()));
			text.setLength(0);
		}
		if (!items.isEmpty()) {
			blocks.add(new RelationsPage.Block(null, List.copyOf(items)));
		}
	}

}
