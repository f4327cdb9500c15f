package org.a6portal.ndc;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.a6portal.common.SourcedRecord;
import org.jspecify.annotations.Nullable;

/**
 * A target in an NDC. A conditional target states the total, unconditional part included, as NDCs present it.
 */
@Entity
public class NdcTarget extends SourcedRecord {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "submission_id")
	private NdcSubmission submission;

	private TargetType targetType = TargetType.OTHER;

	private @Nullable Short targetYear;

	private @Nullable BigDecimal reductionPct;

	private @Nullable BigDecimal reductionPctUpper;

	/** {@code null} where the source does not say. */
	private @Nullable Boolean conditional;

	private @Nullable Short baseYear;

	private @Nullable BigDecimal referenceEmissionsMtco2e;

	private Lulucf lulucf = Lulucf.UNKNOWN;

	private @Nullable Short netZeroYear;

	private @Nullable String notes;

	public NdcTarget() {
		this.submission = new NdcSubmission();
	}

	public NdcSubmission getSubmission() {
		return this.submission;
	}

	public TargetType getTargetType() {
		return this.targetType;
	}

	public @Nullable Short getTargetYear() {
		return this.targetYear;
	}

	public @Nullable BigDecimal getReductionPct() {
		return this.reductionPct;
	}

	public @Nullable BigDecimal getReductionPctUpper() {
		return this.reductionPctUpper;
	}

	public @Nullable Boolean getConditional() {
		return this.conditional;
	}

	public @Nullable Short getBaseYear() {
		return this.baseYear;
	}

	public @Nullable BigDecimal getReferenceEmissionsMtco2e() {
		return this.referenceEmissionsMtco2e;
	}

	public Lulucf getLulucf() {
		return this.lulucf;
	}

	public @Nullable Short getNetZeroYear() {
		return this.netZeroYear;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public void setSubmission(NdcSubmission submission) {
		this.submission = submission;
	}

	public void setTargetType(TargetType targetType) {
		this.targetType = targetType;
	}

	public void setTargetYear(@Nullable Short targetYear) {
		this.targetYear = targetYear;
	}

	public void setReductionPct(@Nullable BigDecimal reductionPct) {
		this.reductionPct = reductionPct;
	}

	public void setReductionPctUpper(@Nullable BigDecimal reductionPctUpper) {
		this.reductionPctUpper = reductionPctUpper;
	}

	public void setConditional(@Nullable Boolean conditional) {
		this.conditional = conditional;
	}

	public void setBaseYear(@Nullable Short baseYear) {
		this.baseYear = baseYear;
	}

	public void setReferenceEmissionsMtco2e(@Nullable BigDecimal referenceEmissionsMtco2e) {
		this.referenceEmissionsMtco2e = referenceEmissionsMtco2e;
	}

	public void setLulucf(Lulucf lulucf) {
		this.lulucf = lulucf;
	}

	public void setNetZeroYear(@Nullable Short netZeroYear) {
		this.netZeroYear = netZeroYear;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}

}
