package org.a6portal.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import org.a6portal.common.SourcedRecord;
import org.a6portal.sector.Sector;
import org.jspecify.annotations.Nullable;

/**
 * An Article 6.2 cooperative approach: an arrangement under which mitigation outcomes move from a transferring
 * to an acquiring Party.
 */
@Entity
public class CooperativeApproach extends SourcedRecord {

	private String title = "";

	private Instrument instrument = Instrument.OTHER;

	private ApproachStatus status = ApproachStatus.UNDER_DISCUSSION;

	private @Nullable LocalDate announcedOn;

	private @Nullable LocalDate mouSignedOn;

	private @Nullable LocalDate signedOn;

	private @Nullable LocalDate inForceOn;

	private @Nullable String description;

	private @Nullable String sectorScope;

	private @Nullable BigDecimal itmoVolumeTco2e;

	private @Nullable String notes;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "cooperative_approach_party", joinColumns = @JoinColumn(name = "approach_id"))
	private Set<Participation> parties = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "cooperative_approach_sector", joinColumns = @JoinColumn(name = "approach_id"),
			inverseJoinColumns = @JoinColumn(name = "sector_code"))
	@OrderBy("sortOrder")
	private Set<Sector> sectors = new LinkedHashSet<>();

	public CooperativeApproach() {
	}

	public String getTitle() {
		return this.title;
	}

	public Instrument getInstrument() {
		return this.instrument;
	}

	public ApproachStatus getStatus() {
		return this.status;
	}

	public @Nullable LocalDate getAnnouncedOn() {
		return this.announcedOn;
	}

	public @Nullable LocalDate getMouSignedOn() {
		return this.mouSignedOn;
	}

	public @Nullable LocalDate getSignedOn() {
		return this.signedOn;
	}

	public @Nullable LocalDate getInForceOn() {
		return this.inForceOn;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public @Nullable String getSectorScope() {
		return this.sectorScope;
	}

	public @Nullable BigDecimal getItmoVolumeTco2e() {
		return this.itmoVolumeTco2e;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	/** The participating Parties, transferring first. */
	public List<Participation> getParties() {
		List<Participation> sorted = new ArrayList<>(this.parties);
		sorted.sort(Comparator.comparing(Participation::role).thenComparing(Participation::countryIso2));
		return sorted;
	}

	public Set<Sector> getSectors() {
		return this.sectors;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public void setInstrument(Instrument instrument) {
		this.instrument = instrument;
	}

	public void setStatus(ApproachStatus status) {
		this.status = status;
	}

	public void setAnnouncedOn(@Nullable LocalDate announcedOn) {
		this.announcedOn = announcedOn;
	}

	public void setMouSignedOn(@Nullable LocalDate mouSignedOn) {
		this.mouSignedOn = mouSignedOn;
	}

	public void setSignedOn(@Nullable LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public void setInForceOn(@Nullable LocalDate inForceOn) {
		this.inForceOn = inForceOn;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public void setSectorScope(@Nullable String sectorScope) {
		this.sectorScope = sectorScope;
	}

	public void setItmoVolumeTco2e(@Nullable BigDecimal itmoVolumeTco2e) {
		this.itmoVolumeTco2e = itmoVolumeTco2e;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}

	/** Replaces the participating Parties. */
	public void setParties(Set<Participation> parties) {
		this.parties.clear();
		this.parties.addAll(parties);
	}

	/** Replaces the sectors the approach names. */
	public void setSectors(Set<Sector> sectors) {
		this.sectors.clear();
		this.sectors.addAll(sectors);
	}

	/** The alpha-2 codes of its Parties. */
	public Set<String> partyCodes() {
		Set<String> codes = new LinkedHashSet<>();
		this.parties.forEach((party) -> codes.add(party.countryIso2()));
		return codes;
	}

}
