package org.liaison.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartialDateTests {

	@Test
	void rendersEachPrecisionAsPeopleWriteIt() {
		assertThat(PartialDate.parse("2003").display()).isEqualTo("2003");
		assertThat(PartialDate.parse("2011-04").display()).isEqualTo("April 2011");
		assertThat(PartialDate.parse("2013-04-19").display()).isEqualTo("19 April 2013");
		assertThat(PartialDate.parse("2013-04-19").display(Locale.FRENCH)).isEqualTo("19 avril 2013");
	}

	@Test
	void sortsLessPreciseDatesBeforeTheDaysWithinThem() {
		List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2013-04-19"), PartialDate.parse("2011-04"),
				PartialDate.parse("2013"), PartialDate.parse("2003"), PartialDate.parse("2013-04")));
		dates.sort(null);
		assertThat(dates).extracting(PartialDate::iso)
			.containsExactly("2003", "2011-04", "2013", "2013-04", "2013-04-19");
	}

	@Test
	void knowsTheDaysItMayStandFor() {
		assertThat(PartialDate.parse("2012-02").lastDay()).hasToString("2012-02-29");
		assertThat(PartialDate.parse("2007").firstDay()).hasToString("2007-01-01");
		assertThat(PartialDate.parse("2007").lastDay()).hasToString("2007-12-31");
	}

	@Test
	void refusesWhatIsNotADate() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("April 2011"))
			.withMessageContaining("2011-04");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2013-02-30"))
			.withMessageContaining("No such day");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2013-13"));
		assertThatIllegalArgumentException().isThrownBy(() -> new PartialDate(2013, null, 4));
	}

	@Test
	void blankIsNoDate() {
		assertThat(PartialDate.parseOrNull(" ")).isNull();
	}

}
