package org.a6portal.history;

import org.a6portal.common.CodedEnum;

/**
 * What a change did to its record ({@code PUBLISH} and {@code UNPUBLISH}: a bulk action's own entry).
 */
public enum ChangeAction implements CodedEnum {

	CREATE, UPDATE, DELETE, REVERT, IMPORT, PUBLISH, UNPUBLISH

}
