package org.liaison.science.internal;

import org.liaison.shared.PartnerRecordRepository;

public interface GrantRepository extends PartnerRecordRepository<Grant> {

}
