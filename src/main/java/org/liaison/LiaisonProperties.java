package org.liaison;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of an installation.
 *
 * @param organisationName the alliance whose partnerships are run, as it appears in page
 * titles ("NATO's relations with Serbia")
 * @param dataDir where the embedded database and the demo accounts file are kept
 */
@ConfigurationProperties("liaison")
public record LiaisonProperties(String organisationName, String dataDir) {

	public LiaisonProperties {
		organisationName = organisationName == null || organisationName.isBlank() ? "NATO" : organisationName;
		dataDir = dataDir == null || dataDir.isBlank() ? "./data" : dataDir;
	}

}
