package org.liaison.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptJsonTests {

	@Test
	void aValueCannotCloseTheScriptBlockItTravelsIn() {
		String json = ScriptJson.of(Map.of("name", "</script><b>A & B</b>", "data", List.of(1, 2.5)));
		assertThat(json).doesNotContain("<", ">", "&");
		// Still the same data once read back.
		assertThat(JsonMapper.builder().build().readTree(json).get("name").asString())
			.isEqualTo("</script><b>A & B</b>");
		assertThat(json).contains("[1,2.5]");
	}

}
