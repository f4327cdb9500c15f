/**
 * Editors' form for a country: its names, slug, region, status under the UNFCCC, summary and arrangements.
 */
@NullMarked
package org.a6portal.country.admin;

import org.jspecify.annotations.NullMarked;
