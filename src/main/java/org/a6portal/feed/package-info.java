/**
 * Atom feeds of the public changes to the portal and to each country: what a reader subscribes to instead of
 * checking the pages.
 */
@NullMarked
package org.a6portal.feed;

import org.jspecify.annotations.NullMarked;
