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
	void readsAPartOfAYearAsSourcesWriteIt() {
		assertThat(PartialDate.parse("early 2009")).isEqualTo(PartialDate.ofPart(2009, YearPart.EARLY));
		assertThat(PartialDate.parse("mid-2010").part()).isEqualTo(YearPart.MID);
		assertThat(PartialDate.parse("end of 2011").part()).isEqualTo(YearPart.LATE);
		assertThat(PartialDate.parse("autumn 2010").part()).isEqualTo(YearPart.AUTUMN);
		assertThat(PartialDate.parse("in the third quarter of 2012").part()).isEqualTo(YearPart.Q3);
		assertThat(PartialDate.parse("Q1 2013").part()).isEqualTo(YearPart.Q1);
		assertThat(PartialDate.parse("début 2009").part()).isEqualTo(YearPart.EARLY);
		assertThat(PartialDate.parse("fin 2011").part()).isEqualTo(YearPart.LATE);
		assertThat(PartialDate.parse("2009-01~E")).isEqualTo(PartialDate.ofPart(2009, YearPart.EARLY));
	}

	@Test
	void rendersAPartOfAYearAsWrittenInBothLanguages() {
		assertThat(PartialDate.parse("early 2009").display()).isEqualTo("early 2009");
		assertThat(PartialDate.parse("early 2009").display(Locale.FRENCH)).isEqualTo("début 2009");
		assertThat(PartialDate.parse("mid-2010").display()).isEqualTo("mid-2010");
		assertThat(PartialDate.parse("end of 2011").display(Locale.FRENCH)).isEqualTo("fin 2011");
		assertThat(PartialDate.parse("autumn 2010").display(Locale.FRENCH)).isEqualTo("automne 2010");
		assertThat(PartialDate.parse("Q3 2012").display()).isEqualTo("third quarter of 2012");
		assertThat(PartialDate.parse("early 2009").iso()).isEqualTo("2009-01~E");
	}

	@Test
	void sortsAPartOfAYearAmongTheMonthsItMayBe() {
		List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2009-03"), PartialDate.parse("early 2009"),
				PartialDate.parse("2009"), PartialDate.parse("2009-01"), PartialDate.parse("end of 2009"),
				PartialDate.parse("2008-12-31")));
		dates.sort(null);
		assertThat(dates).extracting(date -> date.display())
			.containsExactly("31 December 2008", "2009", "January 2009", "early 2009", "March 2009", "end of 2009");
	}

	@Test
	void knowsTheDaysAPartOfAYearMayStandFor() {
		assertThat(PartialDate.parse("early 2009").firstDay()).hasToString("2009-01-01");
		assertThat(PartialDate.parse("early 2009").lastDay()).hasToString("2009-04-30");
		assertThat(PartialDate.parse("autumn 2010").firstDay()).hasToString("2010-09-01");
		assertThat(PartialDate.parse("autumn 2010").lastDay()).hasToString("2010-11-30");
		assertThat(PartialDate.parse("second half of 2012").lastDay()).hasToString("2012-12-31");
	}

	@Test
	void refusesAPartOfAYearItDoesNotKnow() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("winter 2010"))
			.withMessageContaining("early 2009");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2009-02~E"));
		assertThatIllegalArgumentException().isThrownBy(() -> new PartialDate(2009, 3, null, YearPart.EARLY))
			.withMessageContaining("no month");
	}

	@Test
	void blankIsNoDate() {
		assertThat(PartialDate.parseOrNull(" ")).isNull();
	}

}
