/**
 * The record of changes: who changed which record when, field by field, with the state before and after; "Last
 * updated" and revert read it.
 */
@NullMarked
package org.a6portal.history;

import org.jspecify.annotations.NullMarked;
