package org.a6portal.cooperation.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.a6portal.admin.SourcedRecordForm;
import org.a6portal.cooperation.ApproachStatus;
import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.Instrument;
import org.a6portal.cooperation.PartyRole;
import org.a6portal.sector.Sector;
import org.jspecify.annotations.Nullable;

/**
 * The editor form of a cooperative approach, with its Parties (by role) and sectors.
 */
public class CooperativeApproachForm extends SourcedRecordForm {

	@NotBlank
	@Size(max = 500)
	private String title = "";

	@NotNull
	private Instrument instrument = Instrument.IMPLEMENTING_AGREEMENT;

	@NotNull
	private ApproachStatus status = ApproachStatus.UNDER_DISCUSSION;

	private @Nullable LocalDate announcedOn;

	private @Nullable LocalDate mouSignedOn;

	private @Nullable LocalDate signedOn;

	private @Nullable LocalDate inForceOn;

	@Size(max = 20000)
	private @Nullable String description;

	@Size(max = 2000)
	private @Nullable String sectorScope;

	@PositiveOrZero
	private @Nullable BigDecimal itmoVolumeTco2e;

	@Size(max = 20000)
	private @Nullable String notes;

	private List<String> transferringParties = new ArrayList<>();

	private List<String> acquiringParties = new ArrayList<>();

	private List<String> sectors = new ArrayList<>();

	static CooperativeApproachForm of(CooperativeApproach approach) {
		CooperativeApproachForm form = new CooperativeApproachForm();
		form.copyFrom(approach);
		form.title = approach.getTitle();
		form.instrument = approach.getInstrument();
		form.status = approach.getStatus();
		form.announcedOn = approach.getAnnouncedOn();
		form.mouSignedOn = approach.getMouSignedOn();
		form.signedOn = approach.getSignedOn();
		form.inForceOn = approach.getInForceOn();
		form.description = approach.getDescription();
		form.sectorScope = approach.getSectorScope();
		form.itmoVolumeTco2e = approach.getItmoVolumeTco2e();
		form.notes = approach.getNotes();
		approach.getParties().forEach((party) -> {
			((party.role() == PartyRole.TRANSFERRING) ? form.transferringParties : form.acquiringParties)
				.add(party.countryIso2());
		});
		form.transferringParties.sort(null);
		form.acquiringParties.sort(null);
		approach.getSectors().stream().map(Sector::getCode).sorted().forEach(form.sectors::add);
		return form;
	}

	void copyTo(CooperativeApproach approach) {
		super.copyTo(approach);
		approach.setTitle(this.title.strip());
		approach.setInstrument(this.instrument);
		approach.setStatus(this.status);
		approach.setAnnouncedOn(this.announcedOn);
		approach.setMouSignedOn(this.mouSignedOn);
		approach.setSignedOn(this.signedOn);
		approach.setInForceOn(this.inForceOn);
		approach.setDescription(blankToNull(this.description));
		approach.setSectorScope(blankToNull(this.sectorScope));
		approach.setItmoVolumeTco2e(this.itmoVolumeTco2e);
		approach.setNotes(blankToNull(this.notes));
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Instrument getInstrument() {
		return this.instrument;
	}

	public void setInstrument(Instrument instrument) {
		this.instrument = instrument;
	}

	public ApproachStatus getStatus() {
		return this.status;
	}

	public void setStatus(ApproachStatus status) {
		this.status = status;
	}

	public @Nullable LocalDate getAnnouncedOn() {
		return this.announcedOn;
	}

	public void setAnnouncedOn(@Nullable LocalDate announcedOn) {
		this.announcedOn = announcedOn;
	}

	public @Nullable LocalDate getMouSignedOn() {
		return this.mouSignedOn;
	}

	public void setMouSignedOn(@Nullable LocalDate mouSignedOn) {
		this.mouSignedOn = mouSignedOn;
	}

	public @Nullable LocalDate getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(@Nullable LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public @Nullable LocalDate getInForceOn() {
		return this.inForceOn;
	}

	public void setInForceOn(@Nullable LocalDate inForceOn) {
		this.inForceOn = inForceOn;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getSectorScope() {
		return this.sectorScope;
	}

	public void setSectorScope(@Nullable String sectorScope) {
		this.sectorScope = sectorScope;
	}

	public @Nullable BigDecimal getItmoVolumeTco2e() {
		return this.itmoVolumeTco2e;
	}

	public void setItmoVolumeTco2e(@Nullable BigDecimal itmoVolumeTco2e) {
		this.itmoVolumeTco2e = itmoVolumeTco2e;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}

	public List<String> getTransferringParties() {
		return this.transferringParties;
	}

	public void setTransferringParties(List<String> transferringParties) {
		this.transferringParties = new ArrayList<>(transferringParties);
	}

	public List<String> getAcquiringParties() {
		return this.acquiringParties;
	}

	public void setAcquiringParties(List<String> acquiringParties) {
		this.acquiringParties = new ArrayList<>(acquiringParties);
	}

	public List<String> getSectors() {
		return this.sectors;
	}

	public void setSectors(List<String> sectors) {
		this.sectors = new ArrayList<>(sectors);
	}

}
