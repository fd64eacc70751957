package org.liaison.agreement.internal;

import org.liaison.shared.PartnerRecordRepository;

public interface AgreementRepository extends PartnerRecordRepository<Agreement> {

}
