package org.a6portal.history;

import org.jspecify.annotations.Nullable;

/**
 * One field of a record, from what to what.
 *
 * @param field the field's name, as in the record's form
 * @param before its value before ({@code null}: empty)
 * @param after its value after ({@code null}: empty)
 */
public record FieldChange(String field, @Nullable Object before, @Nullable Object after) {
}
