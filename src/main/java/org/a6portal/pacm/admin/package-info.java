/**
 * Editors' forms for Article 6.4 PACM activities.
 */
@NullMarked
package org.a6portal.pacm.admin;

import org.jspecify.annotations.NullMarked;
