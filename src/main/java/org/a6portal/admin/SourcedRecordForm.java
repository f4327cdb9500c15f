package org.a6portal.admin;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.a6portal.common.PublicationStatus;
import org.a6portal.common.Source;
import org.a6portal.common.SourcedRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The fields every public record's form shares: its slug, publication status, source and review date.
 */
public abstract class SourcedRecordForm implements RecordForm {

	public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	private long version;

	@NotBlank
	@Size(max = 100)
	@Pattern(regexp = SLUG_PATTERN, message = "{admin.form.slug.pattern}")
	private String slug = "";

	@NotNull
	private PublicationStatus publicationStatus = PublicationStatus.DRAFT;

	@Size(max = 2000)
	@Pattern(regexp = "https?://\\S+", message = "{admin.form.url.pattern}")
	private @Nullable String sourceUrl;

	@NotBlank
	@Size(max = 1000)
	private String sourceTitle = "";

	@NotNull
	@PastOrPresent
	private @Nullable LocalDate sourceRetrievedOn = LocalDate.now();

	@NotNull
	@PastOrPresent
	private @Nullable LocalDate lastReviewedOn = LocalDate.now();

	protected void copyFrom(SourcedRecord record) {
		this.version = record.getVersion();
		this.slug = record.getSlug();
		this.publicationStatus = record.getPublicationStatus();
		Source source = record.getSource();
		this.sourceUrl = (source != null) ? source.url() : null;
		this.sourceTitle = (source != null) ? source.title() : "";
		this.sourceRetrievedOn = (source != null) ? source.retrievedOn() : null;
		this.lastReviewedOn = record.getLastReviewedOn();
	}

	protected void copyTo(SourcedRecord record) {
		record.setSlug(this.slug.strip());
		record.setPublicationStatus(this.publicationStatus);
		record.setSource(new Source(blankToNull(this.sourceUrl), this.sourceTitle.strip(), this.sourceRetrievedOn));
		record.setLastReviewedOn(this.lastReviewedOn);
	}

	/** A published record must cite a web source; a slug must be unique among its kind. */
	public void validateSourced(Errors errors, Optional<? extends SourcedRecord> sameSlug,
			Optional<? extends SourcedRecord> existing) {
		if (this.publicationStatus == PublicationStatus.PUBLISHED && blankToNull(this.sourceUrl) == null
				&& !errors.hasFieldErrors("sourceUrl")) {
			errors.rejectValue("sourceUrl", "admin.form.sourceUrl.requiredToPublish");
		}
		sameSlug.filter((other) -> existing.isEmpty() || !other.getId().equals(existing.get().getId()))
			.ifPresent((other) -> errors.rejectValue("slug", "admin.form.slug.taken"));
	}

	protected static @Nullable String blankToNull(@Nullable String text) {
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

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public PublicationStatus getPublicationStatus() {
		return this.publicationStatus;
	}

	public void setPublicationStatus(PublicationStatus publicationStatus) {
		this.publicationStatus = publicationStatus;
	}

	public @Nullable String getSourceUrl() {
		return this.sourceUrl;
	}

	public void setSourceUrl(@Nullable String sourceUrl) {
		this.sourceUrl = blankToNull(sourceUrl);
	}

	public String getSourceTitle() {
		return this.sourceTitle;
	}

	public void setSourceTitle(String sourceTitle) {
		this.sourceTitle = sourceTitle;
	}

	public @Nullable LocalDate getSourceRetrievedOn() {
		return this.sourceRetrievedOn;
	}

	public void setSourceRetrievedOn(@Nullable LocalDate sourceRetrievedOn) {
		this.sourceRetrievedOn = sourceRetrievedOn;
	}

	public @Nullable LocalDate getLastReviewedOn() {
		return this.lastReviewedOn;
	}

	public void setLastReviewedOn(@Nullable LocalDate lastReviewedOn) {
		this.lastReviewedOn = lastReviewedOn;
	}

}
