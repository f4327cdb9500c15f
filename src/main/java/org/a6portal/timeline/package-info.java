/**
 * Timelines ({@code /timelines}): cooperative approaches signed per year and CDM transitions requested and
 * host-approved per quarter, portal-wide, per region or per country, as server-drawn SVG charts with the same figures
 * as tables.
 */
package org.a6portal.timeline;
