package org.a6portal.ndc;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
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

	/** Given by the database on insert ({@code ndc-pe-2025}) and never changed: the set's page keeps its URL. */
	@Column(insertable = false, updatable = false)
	private @Nullable String slug;

	private short versionYear;

	private @Nullable LocalDate submittedOn;

	private boolean isCurrent;

	private @Nullable String currentChosenBy;

	private @Nullable Instant currentChosenAt;

	@Column(name = "mentions_article6")
	private @Nullable Boolean mentionsArticle6;

	@Version
	private long version;

	private @Nullable Instant updatedAt;

	protected NdcSubmission() {
	}

	/**
	 * A new NDC version of a Party, not (yet) its current one.
	 * @param countryIso2 the Party's alpha-2 code
	 * @param label the version as the Party names it ("updated NDC 2020")
	 * @param versionYear the year of the version
	 */
	public NdcSubmission(String countryIso2, String label, short versionYear) {
		this.countryIso2 = countryIso2;
		this.label = label;
		this.versionYear = versionYear;
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

	/** The set's slug, {@code null} only before its first insert. */
	public @Nullable String getSlug() {
		return this.slug;
	}

	/**
	 * Who made this version the Party's current one: {@code seed data} for the seed loader's rule (the newest
	 * version), else the editor's e-mail address; {@code null} when it is not current.
	 */
	public @Nullable String getCurrentChosenBy() {
		return this.currentChosenBy;
	}

	public @Nullable Instant getCurrentChosenAt() {
		return this.currentChosenAt;
	}

	public @Nullable Boolean getMentionsArticle6() {
		return this.mentionsArticle6;
	}

	public @Nullable Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setVersionYear(short versionYear) {
		this.versionYear = versionYear;
	}

	/**
	 * Makes this version the Party's current one by an editor's explicit choice, which the seed loader never
	 * overrides. A Party has at most one current version: unset the other first ({@link #unsetCurrent()}).
	 */
	public void chooseAsCurrent(String editor) {
		this.isCurrent = true;
		this.currentChosenBy = editor;
		this.currentChosenAt = Instant.now();
	}

	/** This version is no longer the Party's current one. */
	public void unsetCurrent() {
		this.isCurrent = false;
		this.currentChosenBy = null;
		this.currentChosenAt = null;
	}

	@PrePersist
	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

}
