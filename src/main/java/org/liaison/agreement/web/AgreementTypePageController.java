package org.liaison.agreement.web;

import org.liaison.agreement.AgreementService;
import org.liaison.agreement.AgreementTypeData;
import org.liaison.agreement.AgreementTypeSummary;
import org.liaison.web.FormSubmission;
import org.liaison.web.ReferenceListPages;
import org.liaison.web.ReferenceListPages.Form;
import org.liaison.web.ReferenceOperations;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The administrators' page for the types of agreement and framework document.
 */
@Controller
@RequestMapping(AgreementTypePageController.PATH)
class AgreementTypePageController
		extends ReferenceListPages<AgreementTypeData, AgreementTypeData, AgreementTypeSummary> {

	static final String PATH = "/admin/agreement-types";

	AgreementTypePageController(AgreementService agreements, FormSubmission forms) {
		super(PATH, "agreement/agreementTypeAdmin",
				new ReferenceOperations<>(agreements::types, agreements::type, agreements::addType,
						agreements::reviseType),
				forms, Form.ofData(() -> new AgreementTypeData("", "", ""), AgreementTypeSummary::toData));
	}

}
