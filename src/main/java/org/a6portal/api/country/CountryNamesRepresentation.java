package org.a6portal.api.country;

/**
 * A country's name in the portal's three languages.
 *
 * @param en English (the ISO 3166-1 short name)
 * @param es Spanish
 * @param fr French
 */
public record CountryNamesRepresentation(String en, String es, String fr) {
}
