package org.liaison.activity;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the menu; every one may be absent. {@code framework} keeps the activities
 * open to members of that framework; {@code from}/{@code to} keep activities with an
 * event in that span; {@code language} keeps activities with an event in that language;
 * {@code text} looks in the title, description and reference.
 */
public record MenuQuery(@Nullable String area, @Nullable String discipline, @Nullable ActivityType type,
		@Nullable String provider, @Nullable String framework, @Nullable LocalDate from, @Nullable LocalDate to,
		@Nullable String language, @Nullable String text) {

	public static MenuQuery all() {
		return new MenuQuery(null, null, null, null, null, null, null, null, null);
	}

}
