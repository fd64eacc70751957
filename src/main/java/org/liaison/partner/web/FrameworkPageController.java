package org.liaison.partner.web;

import org.liaison.partner.FrameworkData;
import org.liaison.partner.FrameworkKind;
import org.liaison.partner.FrameworkSummary;
import org.liaison.partner.PartnerService;
import org.liaison.partner.ReferenceDataService;
import org.liaison.web.FormSubmission;
import org.liaison.web.ReferenceListPages;
import org.liaison.web.ReferenceListPages.Form;
import org.liaison.web.ReferenceOperations;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The administrators' page for the frameworks and programmes of the reference list.
 */
@Controller
@RequestMapping(FrameworkPageController.PATH)
class FrameworkPageController extends ReferenceListPages<FrameworkData, FrameworkData, FrameworkSummary> {

	static final String PATH = "/admin/frameworks";

	FrameworkPageController(PartnerService partners, ReferenceDataService references, FormSubmission forms) {
		super(PATH, "partner/frameworkAdmin",
				new ReferenceOperations<>(partners::frameworks, references::framework, references::addFramework,
						references::reviseFramework),
				forms, Form.ofData(() -> new FrameworkData("", "", "", FrameworkKind.PARTNERSHIP_FRAMEWORK),
						FrameworkSummary::toData));
	}

}
