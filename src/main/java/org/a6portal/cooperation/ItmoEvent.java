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

	protected ItmoEvent() {
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

}
