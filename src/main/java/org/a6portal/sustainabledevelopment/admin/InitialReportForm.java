package org.a6portal.sustainabledevelopment.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.a6portal.admin.SourcedRecordForm;
import org.a6portal.sustainabledevelopment.InitialReport;
import org.a6portal.sustainabledevelopment.ReviewStatus;
import org.jspecify.annotations.Nullable;

/**
 * The editor form of a Party's Article 6.2 initial report: its title, submission date and review status.
 */
public class InitialReportForm extends SourcedRecordForm {

	@NotBlank
	@Pattern(regexp = "[A-Z]{2}")
	private String countryIso2 = "";

	@NotBlank
	@Size(max = 500)
	private String title = "";

	@PastOrPresent
	private @Nullable LocalDate submittedOn;

	@NotNull
	private ReviewStatus reviewStatus = ReviewStatus.SUBMITTED;

	@Size(max = 20000)
	private @Nullable String notes;

	static InitialReportForm of(InitialReport report) {
		InitialReportForm form = new InitialReportForm();
		form.copyFrom(report);
		form.countryIso2 = report.getCountryIso2();
		form.title = report.getTitle();
		form.submittedOn = report.getSubmittedOn();
		form.reviewStatus = report.getReviewStatus();
		form.notes = report.getNotes();
		return form;
	}

	void copyTo(InitialReport report) {
		super.copyTo(report);
		report.setCountryIso2(this.countryIso2.strip());
		report.setTitle(this.title.strip());
		report.setSubmittedOn(this.submittedOn);
		report.setReviewStatus(this.reviewStatus);
		report.setNotes(blankToNull(this.notes));
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

	public ReviewStatus getReviewStatus() {
		return this.reviewStatus;
	}

	public void setReviewStatus(ReviewStatus reviewStatus) {
		this.reviewStatus = reviewStatus;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}

}
