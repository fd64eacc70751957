package org.liaison.publication;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A narrative's lines that start with "- " become a highlight list between the text
 * around them.
 */
class NarrativeBlocksTests {

	@Test
	void aParagraphWithoutItemsStaysOneParagraph() {
		assertThat(NarrativeBlocks.of(List.of("Serbia joined the PfP\nin 2006.")))
			.containsExactly(new RelationsPage.Block("Serbia joined the PfP in 2006.", List.of()));
	}

	@Test
	void itemsBetweenTextBecomeAListInTheirPlace() {
		assertThat(NarrativeBlocks.of(List.of("Highlights:\n- Demining\n-  Training \nAnd more.", "Last.")))
			.containsExactly(new RelationsPage.Block("Highlights:", List.of()),
					new RelationsPage.Block(null, List.of("Demining", "Training")),
					new RelationsPage.Block("And more.", List.of()), new RelationsPage.Block("Last.", List.of()));
	}

	@Test
	void aDashWithoutASpaceIsText() {
		assertThat(NarrativeBlocks.of(List.of("-5 degrees")))
			.containsExactly(new RelationsPage.Block("-5 degrees", List.of()));
	}

}
