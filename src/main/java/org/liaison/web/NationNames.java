package org.liaison.web;

import java.util.Locale;
import java.util.Map;

import org.liaison.shared.NationCode;

/**
 * The names of nations in a language, from the reference data the partner module keeps,
 * so that a page names a nation rather than printing its code. Declared here, where the
 * pages' context lives, and provided by the module that owns nations.
 */
public interface NationNames {

	Map<NationCode, String> names(Locale locale);

}
