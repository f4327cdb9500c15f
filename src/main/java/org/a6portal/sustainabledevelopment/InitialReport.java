package org.a6portal.sustainabledevelopment;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import org.a6portal.common.SourcedRecord;
import org.jspecify.annotations.Nullable;

/**
 * A Party's Article 6.2 initial report to the UNFCCC.
 */
@Entity
public class InitialReport extends SourcedRecord {

	private String countryIso2 = "";

	private String title = "";

	private @Nullable LocalDate submittedOn;

	private ReviewStatus reviewStatus = ReviewStatus.SUBMITTED;

	/** What the source leaves open (an undated submission, an unknown review status). */
	private @Nullable String notes;

	public @Nullable String getNotes() {
		return this.notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}

	public InitialReport() {
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

	public ReviewStatus getReviewStatus() {
		return this.reviewStatus;
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

	public void setReviewStatus(ReviewStatus reviewStatus) {
		this.reviewStatus = reviewStatus;
	}

}
