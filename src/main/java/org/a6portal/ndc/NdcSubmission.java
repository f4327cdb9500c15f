package org.a6portal.ndc;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One version of a Party's NDC ("updated NDC 2020"). At most one per Party is current.
 */
@Entity
public class NdcSubmission {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String countryIso2 = "";

	private String label = "";

	private short versionYear;

	private @Nullable LocalDate submittedOn;

	private boolean isCurrent;

	@Column(name = "mentions_article6")
	private @Nullable Boolean mentionsArticle6;

	@Version
	private long version;

	private @Nullable Instant updatedAt;

	protected NdcSubmission() {
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getCountryIso2() {
		return this.countryIso2;
	}

	public String getLabel() {
		return this.label;
	}

	public short getVersionYear() {
		return this.versionYear;
	}

	public @Nullable LocalDate getSubmittedOn() {
		return this.submittedOn;
	}

	public boolean isCurrent() {
		return this.isCurrent;
	}

	public @Nullable Boolean getMentionsArticle6() {
		return this.mentionsArticle6;
	}

	public @Nullable Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
