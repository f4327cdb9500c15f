package org.a6portal.cooperation.admin;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.a6portal.admin.SourcedRecordForm;
import org.a6portal.cooperation.AuthorizedUse;
import org.a6portal.cooperation.MitigationActivity;
import org.a6portal.sector.ActivityType;
import org.jspecify.annotations.Nullable;

/**
 * The editor form of a mitigation activity: its cooperative approach, activity type and the host's authorisation.
 */
public class MitigationActivityForm extends SourcedRecordForm {

	@NotNull
	private @Nullable Long approachId;

	@NotBlank
	@Size(max = 500)
	private String title = "";

	private @Nullable String activityTypeCode;

	private @Nullable LocalDate authorizedOn;

	private @Nullable AuthorizedUse authorizedUse;

	@PositiveOrZero
	@Digits(integer = 14, fraction = 0)
	private @Nullable BigDecimal expectedItmosTco2e;

	@Size(max = 20000)
	private @Nullable String description;

	static MitigationActivityForm of(MitigationActivity activity) {
		MitigationActivityForm form = new MitigationActivityForm();
		form.copyFrom(activity);
		form.approachId = activity.getApproachId();
		form.title = activity.getTitle();
		ActivityType type = activity.getActivityType();
		form.activityTypeCode = (type != null) ? type.getCode() : null;
		form.authorizedOn = activity.getAuthorizedOn();
		form.authorizedUse = activity.getAuthorizedUse();
		form.expectedItmosTco2e = Numbers.plain(activity.getExpectedItmosTco2e());
		form.description = activity.getDescription();
		return form;
	}

	/** Everything but the activity type, which needs looking up. */
	void copyTo(MitigationActivity activity) {
		super.copyTo(activity);
		activity.setApproachId((this.approachId != null) ? this.approachId : 0);
		activity.setTitle(this.title.strip());
		activity.setAuthorizedOn(this.authorizedOn);
		activity.setAuthorizedUse(this.authorizedUse);
		activity.setExpectedItmosTco2e(this.expectedItmosTco2e);
		activity.setDescription(blankToNull(this.description));
	}

	public @Nullable Long getApproachId() {
		return this.approachId;
	}

	public void setApproachId(@Nullable Long approachId) {
		this.approachId = approachId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public @Nullable String getActivityTypeCode() {
		return this.activityTypeCode;
	}

	public void setActivityTypeCode(@Nullable String activityTypeCode) {
		this.activityTypeCode = blankToNull(activityTypeCode);
	}

	public @Nullable LocalDate getAuthorizedOn() {
		return this.authorizedOn;
	}

	public void setAuthorizedOn(@Nullable LocalDate authorizedOn) {
		this.authorizedOn = authorizedOn;
	}

	public @Nullable AuthorizedUse getAuthorizedUse() {
		return this.authorizedUse;
	}

	public void setAuthorizedUse(@Nullable AuthorizedUse authorizedUse) {
		this.authorizedUse = authorizedUse;
	}

	public @Nullable BigDecimal getExpectedItmosTco2e() {
		return this.expectedItmosTco2e;
	}

	public void setExpectedItmosTco2e(@Nullable BigDecimal expectedItmosTco2e) {
		this.expectedItmosTco2e = expectedItmosTco2e;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

}
