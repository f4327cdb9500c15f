package org.a6portal.ndc.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.a6portal.admin.SourcedRecordForm;
import org.a6portal.ndc.NdcDocument;
import org.jspecify.annotations.Nullable;

/**
 * The editor form of a document in the UNFCCC NDC registry: whose, its title, date, language, address, whether the
 * registry lists it as active and as the Party's current NDC.
 */
public class NdcDocumentForm extends SourcedRecordForm {

	@NotBlank
	@Pattern(regexp = "[A-Z]{2}")
	private String countryIso2 = "";

	@NotBlank
	@Size(max = 1000)
	private String title = "";

	@PastOrPresent
	private @Nullable LocalDate submittedOn;

	@NotBlank
	@Pattern(regexp = "active|archived")
	private String registryStatus = "active";

	private boolean current;

	/** The registry's English word for one of the UN languages it files NDCs in, or none. */
	@Pattern(regexp = "English|French|Spanish|Russian|Arabic|Chinese")
	private @Nullable String language;

	@NotBlank
	@Size(max = 2000)
	@Pattern(regexp = "https?://\\S+", message = "{admin.form.url.pattern}")
	private String documentUrl = "";

	static NdcDocumentForm of(NdcDocument document) {
		NdcDocumentForm form = new NdcDocumentForm();
		form.copyFrom(document);
		form.countryIso2 = document.getCountryIso2();
		form.title = document.getTitle();
		form.submittedOn = document.getSubmittedOn();
		form.registryStatus = document.getRegistryStatus();
		form.current = document.isCurrent();
		form.language = document.getLanguage();
		form.documentUrl = document.getDocumentUrl();
		return form;
	}

	void copyTo(NdcDocument document) {
		super.copyTo(document);
		document.setCountryIso2(this.countryIso2.strip());
		document.setTitle(this.title.strip());
		document.setSubmittedOn(this.submittedOn);
		document.setRegistryStatus(this.registryStatus);
		document.setCurrent(this.current);
		document.setLanguage(blankToNull(this.language));
		document.setDocumentUrl(this.documentUrl.strip());
	}

	public String getCountryIso2() {
		return this.countryIso2;
	}

	public void setCountryIso2(String countryIso2) {
		this.countryIso2 = countryIso2;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public @Nullable LocalDate getSubmittedOn() {
		return this.submittedOn;
	}

	public void setSubmittedOn(@Nullable LocalDate submittedOn) {
		this.submittedOn = submittedOn;
	}

	public String getRegistryStatus() {
		return this.registryStatus;
	}

	public void setRegistryStatus(String registryStatus) {
		this.registryStatus = registryStatus;
	}

	public boolean isCurrent() {
		return this.current;
	}

	public void setCurrent(boolean current) {
		this.current = current;
	}

	public @Nullable String getLanguage() {
		return this.language;
	}

	public void setLanguage(@Nullable String language) {
		this.language = blankToNull(language);
	}

	public String getDocumentUrl() {
		return this.documentUrl;
	}

	public void setDocumentUrl(String documentUrl) {
		this.documentUrl = documentUrl;
	}

}
