package org.liaison.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OptionsTests {

	record Nation(String code, String name) {
	}

	@Test
	void eachOptionSendsItsItemsValueAndReadsAsItsLabelInTheItemsOrder() {
		Map<String, String> options = Options.of(List.of(new Nation("SRB", "Serbia"), new Nation("AUT", "Austria")),
				Nation::code, Nation::name);

		assertThat(options).containsExactly(Map.entry("SRB", "Serbia"), Map.entry("AUT", "Austria"));
	}

	@Test
	void noItemsMakeNoOptions() {
		assertThat(Options.of(List.<Nation>of(), Nation::code, Nation::name)).isEmpty();
	}

}
