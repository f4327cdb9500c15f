/**
 * Countries (UNFCCC Parties and ISO 3166-1 entries): the entity, code and slug resolution, the country index and
 * the home page.
 */
@NullMarked
package org.a6portal.country;

import org.jspecify.annotations.NullMarked;
