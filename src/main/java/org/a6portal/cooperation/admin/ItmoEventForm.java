package org.a6portal.cooperation.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.a6portal.admin.SourcedRecordForm;
import org.a6portal.cooperation.ItmoEvent;
import org.jspecify.annotations.Nullable;

/**
 * The editor form of an Article 6.2 event: what happened (a purchase agreement, an authorisation, an issuance, a
 * registration, a transfer), when, between whom, and the volume with what it measures.
 */
public class ItmoEventForm extends SourcedRecordForm {

	/** The kinds of event, as {@code itmo_event.kind} allows them. */
	static final List<String> KINDS = List.of("purchase_agreement", "authorisation", "issuance", "registration",
			"transfer");

	/** What a volume measures, as {@code itmo_event.volume_meaning} allows it. */
	static final List<String> VOLUME_MEANINGS = List.of("transfer", "ceiling", "estimate", "issuance");

	/** None: the event belongs to its host Party alone. */
	private @Nullable Long approachId;

	@NotBlank
	@Pattern(regexp = "[A-Z]{2}")
	private String hostIso2 = "";

	@Pattern(regexp = "[A-Z]{2}")
	private @Nullable String acquiringIso2;

	@Size(max = 500)
	private @Nullable String activityTitle;

	@NotBlank
	@Pattern(regexp = "purchase_agreement|authorisation|issuance|registration|transfer")
	private String kind = "";

	@NotBlank
	@Size(max = 2000)
	private String description = "";

	private @Nullable LocalDate eventOn;

	@Size(max = 500)
	private @Nullable String eventDateNote;

	@Positive
	@Digits(integer = 14, fraction = 0)
	private @Nullable BigDecimal volumeTco2e;

	@Pattern(regexp = "transfer|ceiling|estimate|issuance")
	private @Nullable String volumeMeaning;

	@Size(max = 500)
	private @Nullable String volumeNote;

	@Size(max = 20000)
	private @Nullable String notes;

	static ItmoEventForm of(ItmoEvent event) {
		ItmoEventForm form = new ItmoEventForm();
		form.copyFrom(event);
		form.approachId = event.getApproachId();
		form.hostIso2 = event.getHostIso2();
		form.acquiringIso2 = event.getAcquiringIso2();
		form.activityTitle = event.getActivityTitle();
		form.kind = event.getKind();
		form.description = event.getDescription();
		form.eventOn = event.getEventOn();
		form.eventDateNote = event.getEventDateNote();
		form.volumeTco2e = Numbers.plain(event.getVolumeTco2e());
		form.volumeMeaning = event.getVolumeMeaning();
		form.volumeNote = event.getVolumeNote();
		form.notes = event.getNotes();
		return form;
	}

	void copyTo(ItmoEvent event) {
		super.copyTo(event);
		event.setApproachId(this.approachId);
		event.setHostIso2(this.hostIso2.strip());
		event.setAcquiringIso2(blankToNull(this.acquiringIso2));
		event.setActivityTitle(blankToNull(this.activityTitle));
		event.setKind(this.kind.strip());
		event.setDescription(this.description.strip());
		event.setEventOn(this.eventOn);
		event.setEventDateNote(blankToNull(this.eventDateNote));
		event.setVolumeTco2e(this.volumeTco2e);
		event.setVolumeMeaning(blankToNull(this.volumeMeaning));
		event.setVolumeNote(blankToNull(this.volumeNote));
		event.setNotes(blankToNull(this.notes));
	}

	public @Nullable Long getApproachId() {
		return this.approachId;
	}

	public void setApproachId(@Nullable Long approachId) {
		this.approachId = approachId;
	}

	public String getHostIso2() {
		return this.hostIso2;
	}

	public void setHostIso2(String hostIso2) {
		this.hostIso2 = hostIso2;
	}

	public @Nullable String getAcquiringIso2() {
		return this.acquiringIso2;
	}

	public void setAcquiringIso2(@Nullable String acquiringIso2) {
		this.acquiringIso2 = blankToNull(acquiringIso2);
	}

	public @Nullable String getActivityTitle() {
		return this.activityTitle;
	}

	public void setActivityTitle(@Nullable String activityTitle) {
		this.activityTitle = activityTitle;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public @Nullable LocalDate getEventOn() {
		return this.eventOn;
	}

	public void setEventOn(@Nullable LocalDate eventOn) {
		this.eventOn = eventOn;
	}

	public @Nullable String getEventDateNote() {
		return this.eventDateNote;
	}

	public void setEventDateNote(@Nullable String eventDateNote) {
		this.eventDateNote = eventDateNote;
	}

	public @Nullable BigDecimal getVolumeTco2e() {
		return this.volumeTco2e;
	}

	public void setVolumeTco2e(@Nullable BigDecimal volumeTco2e) {
		this.volumeTco2e = volumeTco2e;
	}

	public @Nullable String getVolumeMeaning() {
		return this.volumeMeaning;
	}

	public void setVolumeMeaning(@Nullable String volumeMeaning) {
		this.volumeMeaning = blankToNull(volumeMeaning);
	}

	public @Nullable String getVolumeNote() {
		return this.volumeNote;
	}

	public void setVolumeNote(@Nullable String volumeNote) {
		this.volumeNote = volumeNote;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}

}
