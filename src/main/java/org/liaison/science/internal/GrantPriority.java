package org.liaison.science.internal;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A key priority a grant serves, by its code.
 */
@Table("science_grant_priority")
record GrantPriority(@Column("priority") String code) {
}
