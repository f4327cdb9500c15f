package org.a6portal.ndc.admin;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.a6portal.admin.SourcedRecordForm;
import org.a6portal.ndc.Lulucf;
import org.a6portal.ndc.NdcSubmission;
import org.a6portal.ndc.NdcTarget;
import org.a6portal.ndc.TargetType;
import org.jspecify.annotations.Nullable;

/**
 * The editor form of an NDC target, with the NDC version it belongs to: its country, label, year, and whether it is
 * the country's current one.
 */
public class NdcTargetForm extends SourcedRecordForm {

	@NotBlank
	@Pattern(regexp = "[A-Z]{2}")
	private String countryIso2 = "";

	@NotBlank
	@Size(max = 200)
	private String ndcLabel = "";

	@NotNull
	@Min(1990)
	@Max(2100)
	private @Nullable Short ndcVersionYear;

	private boolean ndcCurrent;

	@NotNull
	private TargetType targetType = TargetType.OTHER;

	@Min(2000)
	@Max(2100)
	private @Nullable Short targetYear;

	@PositiveOrZero
	@Max(100)
	private @Nullable BigDecimal reductionPct;

	@PositiveOrZero
	@Max(100)
	private @Nullable BigDecimal reductionPctUpper;

	/** {@code null} where the source does not say. */
	private @Nullable Boolean conditional;

	@Min(1990)
	@Max(2100)
	private @Nullable Short baseYear;

	@PositiveOrZero
	private @Nullable BigDecimal referenceEmissionsMtco2e;

	@NotNull
	private Lulucf lulucf = Lulucf.UNKNOWN;

	@Min(2030)
	@Max(2100)
	private @Nullable Short netZeroYear;

	@Size(max = 20000)
	private @Nullable String notes;

	static NdcTargetForm of(NdcTarget target) {
		NdcTargetForm form = new NdcTargetForm();
		form.copyFrom(target);
		NdcSubmission submission = target.getSubmission();
		form.countryIso2 = submission.getCountryIso2();
		form.ndcLabel = submission.getLabel();
		form.ndcVersionYear = submission.getVersionYear();
		form.ndcCurrent = submission.isCurrent();
		form.targetType = target.getTargetType();
		form.targetYear = target.getTargetYear();
		form.reductionPct = plain(target.getReductionPct());
		form.reductionPctUpper = plain(target.getReductionPctUpper());
		form.conditional = target.getConditional();
		form.baseYear = target.getBaseYear();
		form.referenceEmissionsMtco2e = plain(target.getReferenceEmissionsMtco2e());
		form.lulucf = target.getLulucf();
		form.netZeroYear = target.getNetZeroYear();
		form.notes = target.getNotes();
		return form;
	}

	/** Everything but the NDC version, which is looked up (or created) by its country and label. */
	void copyTo(NdcTarget target) {
		super.copyTo(target);
		target.setTargetType(this.targetType);
		target.setTargetYear(this.targetYear);
		target.setReductionPct(this.reductionPct);
		target.setReductionPctUpper(this.reductionPctUpper);
		target.setConditional(this.conditional);
		target.setBaseYear(this.baseYear);
		target.setReferenceEmissionsMtco2e(this.referenceEmissionsMtco2e);
		target.setLulucf(this.lulucf);
		target.setNetZeroYear(this.netZeroYear);
		target.setNotes(blankToNull(this.notes));
	}

	public String getCountryIso2() {
		return this.countryIso2;
	}

	public void setCountryIso2(String countryIso2) {
		this.countryIso2 = countryIso2;
	}

	public String getNdcLabel() {
		return this.ndcLabel;
	}

	public void setNdcLabel(String ndcLabel) {
		this.ndcLabel = ndcLabel;
	}

	public @Nullable Short getNdcVersionYear() {
		return this.ndcVersionYear;
	}

	public void setNdcVersionYear(@Nullable Short ndcVersionYear) {
		this.ndcVersionYear = ndcVersionYear;
	}

	public boolean isNdcCurrent() {
		return this.ndcCurrent;
	}

	public void setNdcCurrent(boolean ndcCurrent) {
		this.ndcCurrent = ndcCurrent;
	}

	public TargetType getTargetType() {
		return this.targetType;
	}

	public void setTargetType(TargetType targetType) {
		this.targetType = targetType;
	}

	public @Nullable Short getTargetYear() {
		return this.targetYear;
	}

	public void setTargetYear(@Nullable Short targetYear) {
		this.targetYear = targetYear;
	}

	public @Nullable BigDecimal getReductionPct() {
		return this.reductionPct;
	}

	public void setReductionPct(@Nullable BigDecimal reductionPct) {
		this.reductionPct = reductionPct;
	}

	public @Nullable BigDecimal getReductionPctUpper() {
		return this.reductionPctUpper;
	}

	public void setReductionPctUpper(@Nullable BigDecimal reductionPctUpper) {
		this.reductionPctUpper = reductionPctUpper;
	}

	public @Nullable Boolean getConditional() {
		return this.conditional;
	}

	public void setConditional(@Nullable Boolean conditional) {
		this.conditional = conditional;
	}

	public @Nullable Short getBaseYear() {
		return this.baseYear;
	}

	public void setBaseYear(@Nullable Short baseYear) {
		this.baseYear = baseYear;
	}

	public @Nullable BigDecimal getReferenceEmissionsMtco2e() {
		return this.referenceEmissionsMtco2e;
	}

	public void setReferenceEmissionsMtco2e(@Nullable BigDecimal referenceEmissionsMtco2e) {
		this.referenceEmissionsMtco2e = referenceEmissionsMtco2e;
	}

	public Lulucf getLulucf() {
		return this.lulucf;
	}

	public void setLulucf(Lulucf lulucf) {
		this.lulucf = lulucf;
	}

	public @Nullable Short getNetZeroYear() {
		return this.netZeroYear;
	}

	public void setNetZeroYear(@Nullable Short netZeroYear) {
		this.netZeroYear = netZeroYear;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}


	/** 40.00 as 40: what an editor typed, not the column's scale. */
	private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
		return (value != null) ? new BigDecimal(value.stripTrailingZeros().toPlainString()) : null;
	}

}
