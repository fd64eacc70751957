package org.liaison.partner.internal;

import org.liaison.shared.PartnerRecordRepository;

public interface NarrativeRepository extends PartnerRecordRepository<Narrative> {

}
