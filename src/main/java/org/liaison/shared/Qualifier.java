package org.liaison.shared;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

/**
 * How loosely a source gives a figure: approximately two thousand tonnes, almost six
 * thousand people, more than 25 million euros, up to 300 participants. A record keeps the
 * figure with its qualifier, so that no page states as exact what its source gave as an
 * estimate.
 */
@RequiredArgsConstructor
public enum Qualifier {

	ABOUT("approximately", "environ"), ALMOST("almost", "près de"), MORE_THAN("more than", "plus de"),
	UP_TO("up to", "jusqu'à");

	private final String english;

	private final String french;

	/** The words before the figure: "approximately", "près de". */
	public String display(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? french : english;
	}

}
