package org.a6portal.country;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A Party to the UNFCCC, an ISO 3166-1 entry, or the European Union. Identified by its upper-case ISO alpha-2
 * code; its public URL uses the lower-case code.
 */
@Entity
public class Country {

	@Id
	private String iso2 = "";

	private String iso3 = "";

	private @Nullable String numericCode;

	private String nameEn = "";

	private String nameEs = "";

	private String nameFr = "";

	private String slug = "";

	private @Nullable Region region;

	private @Nullable String subregion;

	private boolean unfcccParty;

	@Column(name = "annex_i")
	private boolean annexI;

	private @Nullable String summary;

	private @Nullable Readiness authorizationArrangement;

	private @Nullable Readiness trackingArrangement;

	@Version
	private long version;

	@Column(insertable = false, updatable = false)
	private @Nullable Instant createdAt;

	private @Nullable Instant updatedAt;

	protected Country() {
	}

	public String getIso2() {
		return this.iso2;
	}

	public String getIso3() {
		return this.iso3;
	}

	/** The lower-case alpha-2 code: the last segment of the country's canonical URL. */
	public String getCode() {
		return this.iso2.toLowerCase(Locale.ROOT);
	}

	public @Nullable String getNumericCode() {
		return this.numericCode;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String getNameEs() {
		return this.nameEs;
	}

	public String getNameFr() {
		return this.nameFr;
	}

	/** The country's name in the given language (English where the portal has no translation). */
	public String name(Locale locale) {
		return CountryNames.pick(locale, this.nameEn, this.nameEs, this.nameFr);
	}

	public String getSlug() {
		return this.slug;
	}

	public @Nullable Region getRegion() {
		return this.region;
	}

	public @Nullable String getSubregion() {
		return this.subregion;
	}

	/**
	 * The message key naming the sub-region in the page language: {@code subregion.} and its UN M49 English name in
	 * lower case, with underscores for the rest ("South-eastern Asia" → {@code subregion.south_eastern_asia}).
	 */
	public @Nullable String getSubregionKey() {
		return (this.subregion != null) ? subregionKey(this.subregion) : null;
	}

	public static String subregionKey(String subregion) {
		return "subregion." + subregion.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
	}

	public boolean isUnfcccParty() {
		return this.unfcccParty;
	}

	public boolean isAnnexI() {
		return this.annexI;
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

	public long getVersion() {
		return this.version;
	}

	public @Nullable Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public @Nullable Readiness getAuthorizationArrangement() {
		return this.authorizationArrangement;
	}

	public @Nullable Readiness getTrackingArrangement() {
		return this.trackingArrangement;
	}

	public void setNames(String nameEn, String nameEs, String nameFr) {
		this.nameEn = nameEn;
		this.nameEs = nameEs;
		this.nameFr = nameFr;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public void setRegion(@Nullable Region region, @Nullable String subregion) {
		this.region = region;
		this.subregion = subregion;
	}

	public void setStatus(boolean unfcccParty, boolean annexI) {
		this.unfcccParty = unfcccParty;
		this.annexI = annexI;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	public void setArrangements(@Nullable Readiness authorization, @Nullable Readiness tracking) {
		this.authorizationArrangement = authorization;
		this.trackingArrangement = tracking;
	}

	@PrePersist
	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

}
