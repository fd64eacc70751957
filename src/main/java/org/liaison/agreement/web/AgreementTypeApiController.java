package org.liaison.agreement.web;

import org.liaison.agreement.AgreementService;
import org.liaison.agreement.AgreementTypeData;
import org.liaison.agreement.AgreementTypeSummary;
import org.liaison.web.ReferenceListApi;
import org.liaison.web.ReferenceOperations;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference list of agreement types: public to read, kept by administrators.
 */
@RestController
@RequestMapping(AgreementTypeApiController.PATH)
class AgreementTypeApiController extends ReferenceListApi<AgreementTypeData, AgreementTypeSummary> {

	static final String PATH = "/api/v1/agreement-types";

	AgreementTypeApiController(AgreementService agreements) {
		super(PATH, new ReferenceOperations<>(agreements::types, agreements::type, agreements::addType,
				agreements::reviseType));
	}

}
