package org.a6portal.profile;

import java.time.Instant;
import java.util.Objects;

import org.a6portal.country.Country;
import org.a6portal.history.ContentRevision;
import org.a6portal.web.PublicCaching;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The HTTP validators of everything drawn from one country (its page, embeds, share image): the content revision,
 * and the country's last public change as Last-Modified. One place, so the three agree.
 */
@Component
public class CountryPageValidators {

	private final ContentRevision revision;

	CountryPageValidators(ContentRevision revision) {
		this.revision = revision;
	}

	/**
	 * Sets the validators and cache headers for a response about the country.
	 * @param variant what distinguishes this response from the country's others (kind and language)
	 */
	public Freshness check(ServletWebRequest request, Country country, String variant) {
		ContentRevision.Stamp stamp = this.revision.country(country.getIso2());
		Instant lastModified = stamp.lastPublicChangeOr(Objects.requireNonNull(country.getUpdatedAt()));
		boolean notModified = PublicCaching.notModified(request, stamp.revision(), lastModified, variant);
		return new Freshness(notModified, lastModified);
	}

	/**
	 * @param notModified whether the client's copy is current (a 304 was prepared; return no body)
	 * @param lastModified the country's last public change
	 */
	public record Freshness(boolean notModified, Instant lastModified) {
	}

}
