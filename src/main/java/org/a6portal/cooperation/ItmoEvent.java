package org.a6portal.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.a6portal.common.SourcedRecord;
import org.jspecify.annotations.Nullable;

/**
 * A dated step of Article 6.2 cooperation: a purchase agreement, an authorisation, an issuance, a registration or a
 * transfer, with a volume and what it measures (a transfer, a contract ceiling, an estimate, an issuance). It belongs
 * to its cooperative approach, or to its host Party alone where its source names no listed approach.
 */
@Entity
public class ItmoEvent extends SourcedRecord {

	@Column(name = "approach_id")
	private @Nullable Long approachId;

	private String hostIso2 = "";

	private @Nullable String acquiringIso2;

	private @Nullable String activityTitle;

	private String kind = "";

	private String description = "";

	private @Nullable LocalDate eventOn;

	private @Nullable String eventDateNote;

	private @Nullable BigDecimal volumeTco2e;

	private @Nullable String volumeMeaning;

	private @Nullable String volumeNote;

	private @Nullable String notes;

	public ItmoEvent() {
	}

	public @Nullable Long getApproachId() {
		return this.approachId;
	}

	public String getHostIso2() {
		return this.hostIso2;
	}

	public @Nullable String getAcquiringIso2() {
		return this.acquiringIso2;
	}

	public @Nullable String getActivityTitle() {
		return this.activityTitle;
	}

	/** purchase_agreement, authorisation, issuance, registration or transfer. */
	public String getKind() {
		return this.kind;
	}

	/** The source's own words for the event. */
	public String getDescription() {
		return this.description;
	}

	public @Nullable LocalDate getEventOn() {
		return this.eventOn;
	}

	/** What the source says of a date it gives only in part ("February 2023 (month only)"). */
	public @Nullable String getEventDateNote() {
		return this.eventDateNote;
	}

	public @Nullable BigDecimal getVolumeTco2e() {
		return this.volumeTco2e;
	}

	/** transfer, ceiling, estimate or issuance; null without a volume. */
	public @Nullable String getVolumeMeaning() {
		return this.volumeMeaning;
	}

	public @Nullable String getVolumeNote() {
		return this.volumeNote;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public void setApproachId(@Nullable Long approachId) {
		this.approachId = approachId;
	}

	public void setHostIso2(String hostIso2) {
		this.hostIso2 = hostIso2;
	}

	public void setAcquiringIso2(@Nullable String acquiringIso2) {
		this.acquiringIso2 = acquiringIso2;
	}

	public void setActivityTitle(@Nullable String activityTitle) {
		this.activityTitle = activityTitle;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public void setEventOn(@Nullable LocalDate eventOn) {
		this.eventOn = eventOn;
	}

	public void setEventDateNote(@Nullable String eventDateNote) {
		this.eventDateNote = eventDateNote;
	}

	public void setVolumeTco2e(@Nullable BigDecimal volumeTco2e) {
		this.volumeTco2e = volumeTco2e;
	}

	public void setVolumeMeaning(@Nullable String volumeMeaning) {
		this.volumeMeaning = volumeMeaning;
	}

	public void setVolumeNote(@Nullable String volumeNote) {
		this.volumeNote = volumeNote;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}

}
