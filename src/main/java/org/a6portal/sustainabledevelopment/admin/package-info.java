/**
 * Editors' forms for sustainable-development statements.
 */
@NullMarked
package org.a6portal.sustainabledevelopment.admin;

import org.jspecify.annotations.NullMarked;
