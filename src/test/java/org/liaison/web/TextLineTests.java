package org.liaison.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextLineTests {

	@Test
	void emptyLinesAreSkippedButEveryLineKeepsTheNumberAPersonSees() {
		assertThat(TextLine.of("  Serbia | SRB \n\n\r\nMontenegro")).containsExactly(new TextLine(1, "Serbia | SRB"),
				new TextLine(4, "Montenegro"));
	}

	@Test
	void noTextOrABlankOneHasNoLines() {
		assertThat(TextLine.of(null)).isEmpty();
		assertThat(TextLine.of(" \n ")).isEmpty();
	}

	@Test
	void aLineIsCutAtItsLastSeparator() {
		TextLine line = new TextLine(1, "Ministry | Defence | SRB");

		assertThat(line.before("|")).isEqualTo("Ministry | Defence");
		assertThat(line.after("|")).isEqualTo("SRB");
	}

	@Test
	void aLineWithoutSeparatorIsAllBeforeAndHasNothingAfter() {
		TextLine line = new TextLine(2, "Serbia");

		assertThat(line.before("|")).isEqualTo("Serbia");
		assertThat(line.after("|")).isNull();
	}

	@Test
	void aSeparatorWithNothingAfterItLeavesAnEmptyPartNotAMissingOne() {
		assertThat(new TextLine(1, "Serbia |").after("|")).isEmpty();
	}

}
