/**
 * The server-drawn world map: Natural Earth shapes (db/seed/world_map.csv) coloured by each country's Article 6 figures.
 */
package org.a6portal.worldmap;
