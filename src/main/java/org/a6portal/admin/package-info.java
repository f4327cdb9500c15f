/**
 * The editors' generic record-editing machinery: one service ({@link org.a6portal.admin.RecordEditing}) that creates,
 * updates, deletes and reverts any kind of record with history, conflict detection and content-health warnings, the
 * shared list/form controller base, bulk actions, recent changes and revert, the dashboard and the content-health
 * page. Each feature contributes its kinds from {@code <feature>.admin}; accounts and sign-in live in
 * {@code org.a6portal.account}.
 */
@NullMarked
package org.a6portal.admin;

import org.jspecify.annotations.NullMarked;
