/**
 * Editors' forms for capacity-building projects.
 */
@NullMarked
package org.a6portal.capacitybuilding.admin;

import org.jspecify.annotations.NullMarked;
