package org.a6portal.common;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A public record of the portal: it has a stable slug, cites its source, carries the date an editor last confirmed
 * it, and is visible to the public only once published.
 */
@MappedSuperclass
public abstract class SourcedRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String slug = "";

	@Version
	private long version;

	private PublicationStatus publicationStatus = PublicationStatus.DRAFT;

	@Embedded
	private @Nullable Source source;

	private @Nullable LocalDate lastReviewedOn;

	@Column(insertable = false, updatable = false)
	private @Nullable Instant createdAt;

	private @Nullable Instant updatedAt;

	public @Nullable Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public long getVersion() {
		return this.version;
	}

	public PublicationStatus getPublicationStatus() {
		return this.publicationStatus;
	}

	public boolean isPublished() {
		return this.publicationStatus == PublicationStatus.PUBLISHED;
	}

	public @Nullable Source getSource() {
		return this.source;
	}

	public @Nullable LocalDate getLastReviewedOn() {
		return this.lastReviewedOn;
	}

	public @Nullable Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public void setPublicationStatus(PublicationStatus publicationStatus) {
		this.publicationStatus = publicationStatus;
	}

	public void setSource(@Nullable Source source) {
		this.source = source;
	}

	public void setLastReviewedOn(@Nullable LocalDate lastReviewedOn) {
		this.lastReviewedOn = lastReviewedOn;
	}

	@PrePersist
	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

}
