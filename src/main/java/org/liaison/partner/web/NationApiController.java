package org.liaison.partner.web;

import org.liaison.partner.NationData;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerService;
import org.liaison.partner.ReferenceDataService;
import org.liaison.shared.NationCode;
import org.liaison.web.ReferenceListApi;
import org.liaison.web.ReferenceOperations;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference list of nations: public to read, kept by administrators.
 */
@RestController
@RequestMapping(NationApiController.PATH)
class NationApiController extends ReferenceListApi<NationData, NationSummary> {

	static final String PATH = "/api/v1/nations";

	NationApiController(PartnerService partners, ReferenceDataService references) {
		super(PATH, nations(partners, references));
	}

	/** The nations by the codes their URLs give, as the API and the page reach them. */
	static ReferenceOperations<NationData, NationSummary> nations(PartnerService partners,
			ReferenceDataService references) {
		return new ReferenceOperations<>(partners::nations, code -> references.nation(NationCode.of(code)),
				references::addNation,
				(code, version, data) -> references.reviseNation(NationCode.of(code), version, data));
	}

}
