package org.a6portal.api.country;

/**
 * How many published Article 6 records a country has.
 *
 * @param cooperativeApproaches Article 6.2 cooperative approaches it is a Party to
 * @param pacmActivities Article 6.4 activities it hosts
 */
public record CountryCounts(int cooperativeApproaches, int pacmActivities) {
}
