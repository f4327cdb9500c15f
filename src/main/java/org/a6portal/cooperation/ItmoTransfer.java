package org.a6portal.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.a6portal.common.SourcedRecord;
import org.jspecify.annotations.Nullable;

/**
 * A transfer of ITMOs under a cooperative approach.
 */
@Entity
public class ItmoTransfer extends SourcedRecord {

	@Column(name = "approach_id")
	private long approachId;

	@Column(name = "activity_id")
	private @Nullable Long activityId;

	private String fromIso2 = "";

	private String toIso2 = "";

	private LocalDate transferredOn = LocalDate.EPOCH;

	private BigDecimal quantityTco2e = BigDecimal.ZERO;

	private @Nullable Short vintage;

	private boolean isFirstTransfer;

	public ItmoTransfer() {
	}

	public long getApproachId() {
		return this.approachId;
	}

	public @Nullable Long getActivityId() {
		return this.activityId;
	}

	public String getFromIso2() {
		return this.fromIso2;
	}

	public String getToIso2() {
		return this.toIso2;
	}

	public LocalDate getTransferredOn() {
		return this.transferredOn;
	}

	public BigDecimal getQuantityTco2e() {
		return this.quantityTco2e;
	}

	public @Nullable Short getVintage() {
		return this.vintage;
	}

	public boolean isFirstTransfer() {
		return this.isFirstTransfer;
	}

	public void setApproachId(long approachId) {
		this.approachId = approachId;
	}

	public void setActivityId(@Nullable Long activityId) {
		this.activityId = activityId;
	}

	public void setFromIso2(String fromIso2) {
		this.fromIso2 = fromIso2;
	}

	public void setToIso2(String toIso2) {
		this.toIso2 = toIso2;
	}

	public void setTransferredOn(LocalDate transferredOn) {
		this.transferredOn = transferredOn;
	}

	public void setQuantityTco2e(BigDecimal quantityTco2e) {
		this.quantityTco2e = quantityTco2e;
	}

	public void setVintage(@Nullable Short vintage) {
		this.vintage = vintage;
	}

	public void setFirstTransfer(boolean isFirstTransfer) {
		this.isFirstTransfer = isFirstTransfer;
	}

}
