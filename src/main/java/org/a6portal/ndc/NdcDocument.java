package org.a6portal.ndc;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import org.a6portal.common.SourcedRecord;
import org.jspecify.annotations.Nullable;

/**
 * A document in the UNFCCC NDC registry: a Party's NDC (or a language version of it) with its URL, active or
 * archived; the registry's latest active one is the Party's current NDC.
 */
@Entity
public class NdcDocument extends SourcedRecord {

	private String countryIso2 = "";

	private String title = "";

	private @Nullable LocalDate submittedOn;

	private String registryStatus = "";

	private boolean isCurrent;

	private @Nullable String language;

	private String documentUrl = "";

	public NdcDocument() {
	}

	public String getCountryIso2() {
		return this.countryIso2;
	}

	public String getTitle() {
		return this.title;
	}

	public @Nullable LocalDate getSubmittedOn() {
		return this.submittedOn;
	}

	/** active or archived, as the registry says. */
	public String getRegistryStatus() {
		return this.registryStatus;
	}

	public boolean isCurrent() {
		return this.isCurrent;
	}

	/** The document's language in the registry's English words ("Spanish"), where it gives one. */
	public @Nullable String getLanguage() {
		return this.language;
	}

	public String getDocumentUrl() {
		return this.documentUrl;
	}

	public void setCountryIso2(String countryIso2) {
		this.countryIso2 = countryIso2;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public void setSubmittedOn(@Nullable LocalDate submittedOn) {
		this.submittedOn = submittedOn;
	}

	public void setRegistryStatus(String registryStatus) {
		this.registryStatus = registryStatus;
	}

	public void setCurrent(boolean isCurrent) {
		this.isCurrent = isCurrent;
	}

	public void setLanguage(@Nullable String language) {
		this.language = language;
	}

	public void setDocumentUrl(String documentUrl) {
		this.documentUrl = documentUrl;
	}

}
