package org.liaison.partner.internal;

import java.util.List;

import org.liaison.shared.NationCode;
import org.liaison.shared.PartnerRecordRepository;

public interface MembershipRepository extends PartnerRecordRepository<Membership> {

	List<Membership> findByPartner(NationCode partner);

}
