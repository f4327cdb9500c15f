package org.a6portal.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.a6portal.common.SourcedRecord;
import org.a6portal.sector.ActivityType;
import org.jspecify.annotations.Nullable;

/**
 * A mitigation activity carried out under a cooperative approach, and the host's authorisation of its outcomes.
 */
@Entity
public class MitigationActivity extends SourcedRecord {

	@Column(name = "approach_id")
	private long approachId;

	private String title = "";

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "activity_type_code")
	private @Nullable ActivityType activityType;

	private @Nullable LocalDate authorizedOn;

	private @Nullable AuthorizedUse authorizedUse;

	private @Nullable BigDecimal expectedItmosTco2e;

	private @Nullable String description;

	public MitigationActivity() {
	}

	public long getApproachId() {
		return this.approachId;
	}

	public String getTitle() {
		return this.title;
	}

	public @Nullable ActivityType getActivityType() {
		return this.activityType;
	}

	public @Nullable LocalDate getAuthorizedOn() {
		return this.authorizedOn;
	}

	public @Nullable AuthorizedUse getAuthorizedUse() {
		return this.authorizedUse;
	}

	public @Nullable BigDecimal getExpectedItmosTco2e() {
		return this.expectedItmosTco2e;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public void setApproachId(long approachId) {
		this.approachId = approachId;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public void setActivityType(@Nullable ActivityType activityType) {
		this.activityType = activityType;
	}

	public void setAuthorizedOn(@Nullable LocalDate authorizedOn) {
		this.authorizedOn = authorizedOn;
	}

	public void setAuthorizedUse(@Nullable AuthorizedUse authorizedUse) {
		this.authorizedUse = authorizedUse;
	}

	public void setExpectedItmosTco2e(@Nullable BigDecimal expectedItmosTco2e) {
		this.expectedItmosTco2e = expectedItmosTco2e;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

}
