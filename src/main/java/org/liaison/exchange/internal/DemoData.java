package org.liaison.exchange.internal;

import java.io.IOException;
import java.io.InputStream;

import org.liaison.exchange.DossierService;
import org.liaison.exchange.ImportReport;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.PageOf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads Serbia's partnership, as the seed page tells it, into an installation that has no
 * partner yet. It goes through the dossier import like any other dossier, so the demo
 * data is checked by the same rules as everyone's.
 */
@Component
@Order(1)
class DemoData implements ApplicationRunner {

	static final String DOSSIER = "demo/serbia-dossier.json";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DossierService dossiers;

	private final PartnerService partners;

	private final JsonMapper json;

	private final boolean enabled;

	DemoData(DossierService dossiers, PartnerService partners, JsonMapper json,
			@Value("${liaison.demo.enabled:false}") boolean enabled) {
		this.dossiers = dossiers;
		this.partners = partners;
		this.json = json;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!enabled || partners.partners(Audience.alliance(), new PageOf.Request(0, 1)).total() > 0) {
			return;
		}
		try (InputStream in = new ClassPathResource(DOSSIER).getInputStream()) {
			ImportReport report = dossiers.importDossier(json.readTree(in));
			log.info("Loaded the demo partnership of {}: {} records", report.nation(), report.written());
		}
	}

}
