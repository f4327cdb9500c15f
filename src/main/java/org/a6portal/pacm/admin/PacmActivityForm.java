package org.a6portal.pacm.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.a6portal.admin.SourcedRecordForm;
import org.a6portal.pacm.ActivityForm;
import org.a6portal.pacm.Origin;
import org.a6portal.pacm.PacmActivity;
import org.a6portal.pacm.PacmParty;
import org.a6portal.pacm.PacmPartyRole;
import org.a6portal.pacm.Scale;
import org.a6portal.pacm.Stage;
import org.a6portal.sector.ActivityType;
import org.jspecify.annotations.Nullable;

/**
 * The editor form of a PACM activity: its host, UNFCCC stage, activity type and crediting period.
 */
public class PacmActivityForm extends SourcedRecordForm {

	@NotBlank
	@Pattern(regexp = "[A-Z]{2}")
	private String hostIso2 = "";

	@NotBlank
	@Size(max = 500)
	private String title = "";

	@NotNull
	private Origin origin = Origin.NEW_ACTIVITY;

	private @Nullable ActivityForm form;

	@NotNull
	private Stage stage = Stage.PCN_SUBMITTED;

	private @Nullable LocalDate stageOn;

	private @Nullable String activityTypeCode;

	@Size(max = 500)
	private @Nullable String methodology;

	private @Nullable Scale scale;

	@PositiveOrZero
	private @Nullable BigDecimal expectedReductionsTco2ePerYear;

	private @Nullable LocalDate creditingStart;

	private @Nullable LocalDate creditingEnd;

	@Size(max = 200)
	private @Nullable String unfcccReference;

	private @Nullable LocalDate pcnSubmittedOn;

	@Size(max = 20000)
	private @Nullable String notes;

	/** The Parties that authorise the activity's emission reductions (alpha-2 codes). */
	private List<String> authorizingParties = new ArrayList<>();

	/** The Parties that acquire them. */
	private List<String> acquiringParties = new ArrayList<>();

	static PacmActivityForm of(PacmActivity activity) {
		PacmActivityForm form = new PacmActivityForm();
		form.copyFrom(activity);
		form.hostIso2 = activity.getHostIso2();
		form.title = activity.getTitle();
		form.origin = activity.getOrigin();
		form.form = activity.getForm();
		form.stage = activity.getStage();
		form.stageOn = activity.getStageOn();
		ActivityType activityType = activity.getActivityType();
		form.activityTypeCode = (activityType != null) ? activityType.getCode() : null;
		form.methodology = activity.getMethodology();
		form.scale = activity.getScale();
		form.expectedReductionsTco2ePerYear = activity.getExpectedReductionsTco2ePerYear();
		form.creditingStart = activity.getCreditingStart();
		form.creditingEnd = activity.getCreditingEnd();
		form.unfcccReference = activity.getUnfcccReference();
		form.pcnSubmittedOn = activity.getPcnSubmittedOn();
		form.notes = activity.getNotes();
		form.authorizingParties.addAll(activity.partyCodes(PacmPartyRole.AUTHORIZING));
		form.acquiringParties.addAll(activity.partyCodes(PacmPartyRole.ACQUIRING));
		return form;
	}

	/** Everything but the activity type, which needs looking up. */
	void copyTo(PacmActivity activity) {
		super.copyTo(activity);
		activity.setHostIso2(this.hostIso2.strip());
		activity.setTitle(this.title.strip());
		activity.setOrigin(this.origin);
		activity.setForm(this.form);
		activity.setStage(this.stage);
		activity.setStageOn(this.stageOn);
		activity.setMethodology(blankToNull(this.methodology));
		activity.setScale(this.scale);
		activity.setExpectedReductionsTco2ePerYear(this.expectedReductionsTco2ePerYear);
		activity.setCreditingStart(this.creditingStart);
		activity.setCreditingEnd(this.creditingEnd);
		activity.setUnfcccReference(blankToNull(this.unfcccReference));
		activity.setPcnSubmittedOn(this.pcnSubmittedOn);
		activity.setNotes(blankToNull(this.notes));
		Set<PacmParty> parties = new LinkedHashSet<>();
		this.authorizingParties.forEach((code) -> parties.add(new PacmParty(code, PacmPartyRole.AUTHORIZING)));
		this.acquiringParties.forEach((code) -> parties.add(new PacmParty(code, PacmPartyRole.ACQUIRING)));
		activity.setParties(parties);
	}

	public List<String> getAuthorizingParties() {
		return this.authorizingParties;
	}

	public void setAuthorizingParties(List<String> authorizingParties) {
		this.authorizingParties = new ArrayList<>(authorizingParties);
	}

	public List<String> getAcquiringParties() {
		return this.acquiringParties;
	}

	public void setAcquiringParties(List<String> acquiringParties) {
		this.acquiringParties = new ArrayList<>(acquiringParties);
	}

	public String getHostIso2() {
		return this.hostIso2;
	}

	public void setHostIso2(String hostIso2) {
		this.hostIso2 = hostIso2;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Origin getOrigin() {
		return this.origin;
	}

	public void setOrigin(Origin origin) {
		this.origin = origin;
	}

	public @Nullable ActivityForm getForm() {
		return this.form;
	}

	public void setForm(@Nullable ActivityForm form) {
		this.form = form;
	}

	public Stage getStage() {
		return this.stage;
	}

	public void setStage(Stage stage) {
		this.stage = stage;
	}

	public @Nullable LocalDate getStageOn() {
		return this.stageOn;
	}

	public void setStageOn(@Nullable LocalDate stageOn) {
		this.stageOn = stageOn;
	}

	public @Nullable String getActivityTypeCode() {
		return this.activityTypeCode;
	}

	public void setActivityTypeCode(@Nullable String activityTypeCode) {
		this.activityTypeCode = blankToNull(activityTypeCode);
	}

	public @Nullable String getMethodology() {
		return this.methodology;
	}

	public void setMethodology(@Nullable String methodology) {
		this.methodology = methodology;
	}

	public @Nullable Scale getScale() {
		return this.scale;
	}

	public void setScale(@Nullable Scale scale) {
		this.scale = scale;
	}

	public @Nullable BigDecimal getExpectedReductionsTco2ePerYear() {
		return this.expectedReductionsTco2ePerYear;
	}

	public void setExpectedReductionsTco2ePerYear(@Nullable BigDecimal expectedReductionsTco2ePerYear) {
		this.expectedReductionsTco2ePerYear = expectedReductionsTco2ePerYear;
	}

	public @Nullable LocalDate getCreditingStart() {
		return this.creditingStart;
	}

	public void setCreditingStart(@Nullable LocalDate creditingStart) {
		this.creditingStart = creditingStart;
	}

	public @Nullable LocalDate getCreditingEnd() {
		return this.creditingEnd;
	}

	public void setCreditingEnd(@Nullable LocalDate creditingEnd) {
		this.creditingEnd = creditingEnd;
	}

	public @Nullable String getUnfcccReference() {
		return this.unfcccReference;
	}

	public void setUnfcccReference(@Nullable String unfcccReference) {
		this.unfcccReference = unfcccReference;
	}

	public @Nullable LocalDate getPcnSubmittedOn() {
		return this.pcnSubmittedOn;
	}

	public void setPcnSubmittedOn(@Nullable LocalDate pcnSubmittedOn) {
		this.pcnSubmittedOn = pcnSubmittedOn;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}

}
