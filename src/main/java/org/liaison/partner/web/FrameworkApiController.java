package org.liaison.partner.web;

import org.liaison.partner.FrameworkData;
import org.liaison.partner.FrameworkSummary;
import org.liaison.partner.PartnerService;
import org.liaison.partner.ReferenceDataService;
import org.liaison.web.ReferenceListApi;
import org.liaison.web.ReferenceOperations;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference list of frameworks and programmes: public to read, kept by
 * administrators.
 */
@RestController
@RequestMapping(FrameworkApiController.PATH)
class FrameworkApiController extends ReferenceListApi<FrameworkData, FrameworkSummary> {

	static final String PATH = "/api/v1/frameworks";

	FrameworkApiController(PartnerService partners, ReferenceDataService references) {
		super(PATH, new ReferenceOperations<>(partners::frameworks, references::framework, references::addFramework,
				references::reviseFramework));
	}

}
