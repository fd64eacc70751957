package org.liaison.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRecordsTests {

	@Test
	void recordsAreSplitAtCommasAndLineBreaksWithTheLineEachStartsOn() {
		assertThat(CsvRecords.read("a,b\r\nc, d \n")).containsExactly(new CsvRecords.Record(1, List.of("a", "b")),
				new CsvRecords.Record(2, List.of("c", " d ")));
	}

	@Test
	void aQuotedFieldKeepsItsCommasLineBreaksAndDoubledQuotes() {
		List<CsvRecords.Record> records = CsvRecords.read("\"one, \"\"two\"\"\nthree\",x\nnext");
		assertThat(records.get(0).fields()).containsExactly("one, \"two\"\nthree", "x");
		assertThat(records.get(1)).isEqualTo(new CsvRecords.Record(3, List.of("next")));
	}

	@Test
	void aByteOrderMarkIsLeftOutAndABlankLineIsABlankRecord() {
		List<CsvRecords.Record> records = CsvRecords.read("\uFEFFcode\n\nlast");
		assertThat(records.get(0).fields()).containsExactly("code");
		assertThat(records.get(1).isBlank()).isTrue();
		assertThat(records.get(2)).isEqualTo(new CsvRecords.Record(3, List.of("last")));
	}

}
