/**
 * The home page (totals, the world map, the latest public changes, where to go next) and the about page.
 */
package org.a6portal.home;
