package org.liaison.agreement.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A type of agreement in the reference list.
 */
@Table("agreement_type")
record AgreementType(@Id String code, String name, String nameFr, long version) {
}
