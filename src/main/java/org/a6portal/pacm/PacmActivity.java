package org.a6portal.pacm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.a6portal.common.SourcedRecord;
import org.a6portal.sector.ActivityType;
import org.jspecify.annotations.Nullable;

/**
 * An Article 6.4 (PACM) activity hosted by one Party.
 */
@Entity
public class PacmActivity extends SourcedRecord {

	private String hostIso2 = "";

	private String title = "";

	private Origin origin = Origin.NEW_ACTIVITY;

	private @Nullable ActivityForm form;

	private Stage stage = Stage.PCN_SUBMITTED;

	private @Nullable LocalDate stageOn;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "activity_type_code")
	private @Nullable ActivityType activityType;

	private @Nullable String methodology;

	private @Nullable Scale scale;

	private @Nullable BigDecimal expectedReductionsTco2ePerYear;

	private @Nullable LocalDate creditingStart;

	private @Nullable LocalDate creditingEnd;

	private @Nullable String unfcccReference;

	private @Nullable LocalDate pcnSubmittedOn;

	private @Nullable String notes;

	private @Nullable LocalDate hostApprovedOn;

	@Column(name = "a6_period_from")
	private @Nullable LocalDate a6PeriodFrom;

	@Column(name = "a6_period_to")
	private @Nullable LocalDate a6PeriodTo;

	private @Nullable MethodologyChoice methodologyChoice;

	private @Nullable String activityTypeInSource;

	/** A component's programme, where the component's title names it. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "programme_id")
	private @Nullable PacmActivity programme;

	/** The hosts of a programme beyond {@link #getHostIso2()}: it is on each of their pages too. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "pacm_activity_other_host", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "country_iso2")
	private Set<String> otherHosts = new LinkedHashSet<>();

	/** The Parties that authorise the activity's emission reductions, and those that acquire them. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "pacm_activity_party", joinColumns = @JoinColumn(name = "activity_id"))
	private Set<PacmParty> parties = new LinkedHashSet<>();

	public PacmActivity() {
	}

	public @Nullable LocalDate getHostApprovedOn() {
		return this.hostApprovedOn;
	}

	public @Nullable LocalDate getA6PeriodFrom() {
		return this.a6PeriodFrom;
	}

	public @Nullable LocalDate getA6PeriodTo() {
		return this.a6PeriodTo;
	}

	public @Nullable MethodologyChoice getMethodologyChoice() {
		return this.methodologyChoice;
	}

	public @Nullable String getActivityTypeInSource() {
		return this.activityTypeInSource;
	}

	public @Nullable PacmActivity getProgramme() {
		return this.programme;
	}

	/**
	 * The activity whose source every one of these activities cites, so that a table can name it once; {@code null}
	 * if they cite different sources, or none.
	 */
	public static @Nullable PacmActivity sharedSourceOf(java.util.List<PacmActivity> activities) {
		if (activities.isEmpty() || activities.get(0).getSource() == null || activities.get(0).getSource().url() == null) {
			return null;
		}
		Object source = activities.get(0).getSource();
		return activities.stream().allMatch((activity) -> source.equals(activity.getSource())) ? activities.get(0) : null;
	}

	/** Whether this is a component of a programme (a CPA of a PoA). */
	public boolean isComponent() {
		return this.form == ActivityForm.COMPONENT;
	}

	/** The hosts of a programme beyond its main host, by alpha-2 code. */
	public Set<String> getOtherHosts() {
		return java.util.Collections.unmodifiableSet(this.otherHosts);
	}

	public String getHostIso2() {
		return this.hostIso2;
	}

	public String getTitle() {
		return this.title;
	}

	public Origin getOrigin() {
		return this.origin;
	}

	public @Nullable ActivityForm getForm() {
		return this.form;
	}

	public Stage getStage() {
		return this.stage;
	}

	public @Nullable LocalDate getStageOn() {
		return this.stageOn;
	}

	public @Nullable ActivityType getActivityType() {
		return this.activityType;
	}

	public @Nullable String getMethodology() {
		return this.methodology;
	}

	public @Nullable Scale getScale() {
		return this.scale;
	}

	public @Nullable BigDecimal getExpectedReductionsTco2ePerYear() {
		return this.expectedReductionsTco2ePerYear;
	}

	public @Nullable LocalDate getCreditingStart() {
		return this.creditingStart;
	}

	public @Nullable LocalDate getCreditingEnd() {
		return this.creditingEnd;
	}

	public @Nullable String getUnfcccReference() {
		return this.unfcccReference;
	}

	public @Nullable LocalDate getPcnSubmittedOn() {
		return this.pcnSubmittedOn;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public void setHostIso2(String hostIso2) {
		this.hostIso2 = hostIso2;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public void setOrigin(Origin origin) {
		this.origin = origin;
	}

	public void setForm(@Nullable ActivityForm form) {
		this.form = form;
	}

	public void setStage(Stage stage) {
		this.stage = stage;
	}

	public void setStageOn(@Nullable LocalDate stageOn) {
		this.stageOn = stageOn;
	}

	public void setActivityType(@Nullable ActivityType activityType) {
		this.activityType = activityType;
	}

	public void setMethodology(@Nullable String methodology) {
		this.methodology = methodology;
	}

	public void setScale(@Nullable Scale scale) {
		this.scale = scale;
	}

	public void setExpectedReductionsTco2ePerYear(@Nullable BigDecimal expectedReductionsTco2ePerYear) {
		this.expectedReductionsTco2ePerYear = expectedReductionsTco2ePerYear;
	}

	public void setCreditingStart(@Nullable LocalDate creditingStart) {
		this.creditingStart = creditingStart;
	}

	public void setCreditingEnd(@Nullable LocalDate creditingEnd) {
		this.creditingEnd = creditingEnd;
	}

	public void setUnfcccReference(@Nullable String unfcccReference) {
		this.unfcccReference = unfcccReference;
	}

	public void setPcnSubmittedOn(@Nullable LocalDate pcnSubmittedOn) {
		this.pcnSubmittedOn = pcnSubmittedOn;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}

	/** The alpha-2 codes of the Parties in this role, in alphabetical order. */
	public java.util.List<String> partyCodes(PacmPartyRole role) {
		return this.parties.stream().filter((party) -> party.role() == role).map(PacmParty::countryIso2).sorted().toList();
	}

	/** Replaces the authorising and acquiring Parties. */
	public void setParties(Set<PacmParty> parties) {
		this.parties.clear();
		this.parties.addAll(parties);
	}

}
