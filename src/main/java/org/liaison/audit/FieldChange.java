package org.liaison.audit;

import org.jspecify.annotations.Nullable;

/**
 * One field of a record as it was before a change and as the change left it, in the form
 * a person reads ({@code null} where the field was or became empty).
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {
}
