package org.liaison.web;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON to put inside a {@code <script type="application/json">} block, as the pages do
 * for their chart options (the Content-Security-Policy allows no inline script, so the
 * data travels as a data block). {@code <}, {@code >} and {@code &} can only stand inside
 * JSON strings, where their unicode escapes mean the same, so escaping them keeps a value
 * from closing the block.
 */
public final class ScriptJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ScriptJson() {
	}

	public static String of(Object value) {
		return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
