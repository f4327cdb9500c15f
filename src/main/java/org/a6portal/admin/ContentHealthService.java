package org.a6portal.admin;

import java.time.Clock;
import java.util.List;

import org.a6portal.contenthealth.CheckedRecord;
import org.a6portal.contenthealth.ContentHealthCheck;
import org.a6portal.contenthealth.ContentWarning;
import org.a6portal.contenthealth.CountryName;
import org.a6portal.country.CountryRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Content-health warnings with the portal's country names: what an editor is told on save, and what the "Content
 * health" page lists.
 */
@Service
@Transactional(readOnly = true)
public class ContentHealthService {

	private final CountryRepository countries;

	private final Clock clock;

	ContentHealthService(CountryRepository countries) {
		this.countries = countries;
		this.clock = Clock.systemUTC();
	}

	public List<ContentWarning> check(CheckedRecord record) {
		return checker().check(record);
	}

	/** A checker for many records at once (it reads the country names once). */
	public ContentHealthCheck checker() {
		List<CountryName> names = this.countries.findAll()
			.stream()
			.map((country) -> new CountryName(country.getIso2(),
					List.of(country.getNameEn(), country.getNameEs(), country.getNameFr())))
			.toList();
		return new ContentHealthCheck(names, this.clock);
	}

}
