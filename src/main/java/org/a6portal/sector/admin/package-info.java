/**
 * Editors' form for the sector taxonomy.
 */
@NullMarked
package org.a6portal.sector.admin;

import org.jspecify.annotations.NullMarked;
