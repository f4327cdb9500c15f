package org.a6portal.country.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.a6portal.admin.RecordForm;
import org.a6portal.admin.SourcedRecordForm;
import org.a6portal.country.Country;
import org.a6portal.country.Readiness;
import org.a6portal.country.Region;
import org.jspecify.annotations.Nullable;

/**
 * The editor form of a country. Its codes are its identity and are not edited here.
 */
public class CountryForm implements RecordForm {

	private long version;

	@NotBlank
	@Size(max = 200)
	private String nameEn = "";

	@NotBlank
	@Size(max = 200)
	private String nameEs = "";

	@NotBlank
	@Size(max = 200)
	private String nameFr = "";

	@NotBlank
	@Size(max = 100)
	@Pattern(regexp = SourcedRecordForm.SLUG_PATTERN, message = "{admin.form.slug.pattern}")
	private String slug = "";

	private @Nullable Region region;

	@Size(max = 200)
	private @Nullable String subregion;

	private boolean unfcccParty;

	private boolean annexI;

	@Size(max = 300)
	private @Nullable String summary;

	private @Nullable Readiness authorizationArrangement;

	private @Nullable Readiness trackingArrangement;

	static CountryForm of(Country country) {
		CountryForm form = new CountryForm();
		form.version = country.getVersion();
		form.nameEn = country.getNameEn();
		form.nameEs = country.getNameEs();
		form.nameFr = country.getNameFr();
		form.slug = country.getSlug();
		form.region = country.getRegion();
		form.subregion = country.getSubregion();
		form.unfcccParty = country.isUnfcccParty();
		form.annexI = country.isAnnexI();
		form.summary = country.getSummary();
		form.authorizationArrangement = country.getAuthorizationArrangement();
		form.trackingArrangement = country.getTrackingArrangement();
		return form;
	}

	void copyTo(Country country) {
		country.setNames(this.nameEn.strip(), this.nameEs.strip(), this.nameFr.strip());
		country.setSlug(this.slug.strip());
		country.setRegion(this.region, blankToNull(this.subregion));
		country.setStatus(this.unfcccParty, this.annexI);
		country.setSummary(blankToNull(this.summary));
		country.setArrangements(this.authorizationArrangement, this.trackingArrangement);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(long version) {
		this.version = version;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getNameEs() {
		return this.nameEs;
	}

	public void setNameEs(String nameEs) {
		this.nameEs = nameEs;
	}

	public String getNameFr() {
		return this.nameFr;
	}

	public void setNameFr(String nameFr) {
		this.nameFr = nameFr;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public @Nullable Region getRegion() {
		return this.region;
	}

	public void setRegion(@Nullable Region region) {
		this.region = region;
	}

	public @Nullable String getSubregion() {
		return this.subregion;
	}

	public void setSubregion(@Nullable String subregion) {
		this.subregion = subregion;
	}

	public boolean isUnfcccParty() {
		return this.unfcccParty;
	}

	public void setUnfcccParty(boolean unfcccParty) {
		this.unfcccParty = unfcccParty;
	}

	public boolean isAnnexI() {
		return this.annexI;
	}

	public void setAnnexI(boolean annexI) {
		this.annexI = annexI;
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	public @Nullable Readiness getAuthorizationArrangement() {
		return this.authorizationArrangement;
	}

	public void setAuthorizationArrangement(@Nullable Readiness authorizationArrangement) {
		this.authorizationArrangement = authorizationArrangement;
	}

	public @Nullable Readiness getTrackingArrangement() {
		return this.trackingArrangement;
	}

	public void setTrackingArrangement(@Nullable Readiness trackingArrangement) {
		this.trackingArrangement = trackingArrangement;
	}

}
