package org.a6portal.cooperation.admin;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.a6portal.admin.SourcedRecordForm;
import org.a6portal.cooperation.ItmoTransfer;
import org.jspecify.annotations.Nullable;

/**
 * The editor form of an ITMO transfer: its approach (and activity), from which Party to which, when, how much.
 */
public class ItmoTransferForm extends SourcedRecordForm {

	@NotNull
	private @Nullable Long approachId;

	private @Nullable Long activityId;

	@NotBlank
	@Pattern(regexp = "[A-Z]{2}")
	private String fromIso2 = "";

	@NotBlank
	@Pattern(regexp = "[A-Z]{2}")
	private String toIso2 = "";

	@NotNull
	private @Nullable LocalDate transferredOn;

	@NotNull
	@Positive
	@Digits(integer = 14, fraction = 0)
	private @Nullable BigDecimal quantityTco2e;

	@Min(2000)
	@Max(2100)
	private @Nullable Short vintage;

	private boolean firstTransfer;

	static ItmoTransferForm of(ItmoTransfer transfer) {
		ItmoTransferForm form = new ItmoTransferForm();
		form.copyFrom(transfer);
		form.approachId = transfer.getApproachId();
		form.activityId = transfer.getActivityId();
		form.fromIso2 = transfer.getFromIso2();
		form.toIso2 = transfer.getToIso2();
		form.transferredOn = transfer.getTransferredOn();
		form.quantityTco2e = Numbers.plain(transfer.getQuantityTco2e());
		form.vintage = transfer.getVintage();
		form.firstTransfer = transfer.isFirstTransfer();
		return form;
	}

	void copyTo(ItmoTransfer transfer) {
		super.copyTo(transfer);
		transfer.setApproachId((this.approachId != null) ? this.approachId : 0);
		transfer.setActivityId(this.activityId);
		transfer.setFromIso2(this.fromIso2.strip());
		transfer.setToIso2(this.toIso2.strip());
		transfer.setTransferredOn((this.transferredOn != null) ? this.transferredOn : LocalDate.EPOCH);
		transfer.setQuantityTco2e((this.quantityTco2e != null) ? this.quantityTco2e : BigDecimal.ZERO);
		transfer.setVintage(this.vintage);
		transfer.setFirstTransfer(this.firstTransfer);
	}

	public @Nullable Long getApproachId() {
		return this.approachId;
	}

	public void setApproachId(@Nullable Long approachId) {
		this.approachId = approachId;
	}

	public @Nullable Long getActivityId() {
		return this.activityId;
	}

	public void setActivityId(@Nullable Long activityId) {
		this.activityId = activityId;
	}

	public String getFromIso2() {
		return this.fromIso2;
	}

	public void setFromIso2(String fromIso2) {
		this.fromIso2 = fromIso2;
	}

	public String getToIso2() {
		return this.toIso2;
	}

	public void setToIso2(String toIso2) {
		this.toIso2 = toIso2;
	}

	public @Nullable LocalDate getTransferredOn() {
		return this.transferredOn;
	}

	public void setTransferredOn(@Nullable LocalDate transferredOn) {
		this.transferredOn = transferredOn;
	}

	public @Nullable BigDecimal getQuantityTco2e() {
		return this.quantityTco2e;
	}

	public void setQuantityTco2e(@Nullable BigDecimal quantityTco2e) {
		this.quantityTco2e = quantityTco2e;
	}

	public @Nullable Short getVintage() {
		return this.vintage;
	}

	public void setVintage(@Nullable Short vintage) {
		this.vintage = vintage;
	}

	public boolean isFirstTransfer() {
		return this.firstTransfer;
	}

	public void setFirstTransfer(boolean firstTransfer) {
		this.firstTransfer = firstTransfer;
	}

}
