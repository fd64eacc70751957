package org.liaison.partner.web;

import org.liaison.partner.NationData;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerService;
import org.liaison.partner.ReferenceDataService;
import org.liaison.web.FormSubmission;
import org.liaison.web.ReferenceListPages;
import org.liaison.web.ReferenceListPages.Form;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The administrators' page for the nations of the reference list: a nation added here is
 * at once one that a partner, an agreement's party or a donor may name.
 */
@Controller
@RequestMapping(NationPageController.PATH)
class NationPageController extends ReferenceListPages<NationData, NationData, NationSummary> {

	static final String PATH = "/admin/nations";

	NationPageController(PartnerService partners, ReferenceDataService references, FormSubmission forms) {
		super(PATH, "partner/nationAdmin", NationApiController.nations(partners, references), forms,
				Form.ofData(() -> new NationData("", "", "", null, null), NationSummary::toData));
	}

}
