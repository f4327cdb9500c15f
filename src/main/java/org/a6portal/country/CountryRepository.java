package org.a6portal.country;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Countries by their codes and slug.
 */
public interface CountryRepository extends Repository<Country, String> {

	Optional<Country> findByIso2(String iso2);

	Optional<Country> findByIso3(String iso3);

	Optional<Country> findBySlug(String slug);

	List<Country> findAll();

	List<Country> findByIso2In(java.util.Collection<String> codes);

}
