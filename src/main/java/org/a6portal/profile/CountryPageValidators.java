package org.a6portal.profile;

import java.time.Instant;
import java.util.Objects;

import org.a6portal.country.Country;
import org.a6portal.history.ChangeLog;
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

	private final ChangeLog changeLog;

	private final ContentRevision revision;

	CountryPageValidators(ChangeLog changeLog, ContentRevision revision) {
		this.changeLog = changeLog;
		this.revision = revision;
	}

	/**
	 * Sets the validators and cache headers for a response about the country.
	 * @param variant what distinguishes this response from the country's others (kind and language)
	 */
	public Freshness check(ServletWebRequest request, Country country, String variant) {
		Instant lastModified = this.changeLog.lastPublicChange(country.getIso2())
			.orElse(Objects.requireNonNull(country.getUpdatedAt()));
		boolean notModified = PublicCaching.notModified(request, this.revision.current(), lastModified, variant);
		return new Freshness(notModified, lastModified);
	}

	/**
	 * @param notModified whether the client's copy is current (a 304 was prepared; return no body)
	 * @param lastModified the country's last public change
	 */
	public record Freshness(boolean notModified, Instant lastModified) {
	}

}
