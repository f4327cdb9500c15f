package org.a6portal.capacitybuilding.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.a6portal.admin.SourcedRecordForm;
import org.a6portal.capacitybuilding.CapacityBuildingProject;
import org.jspecify.annotations.Nullable;

/**
 * The editor form of a capacity-building project, with the countries it involves.
 */
public class CapacityBuildingProjectForm extends SourcedRecordForm {

	@NotBlank
	@Size(max = 500)
	private String title = "";

	@Size(max = 500)
	private @Nullable String leadOrganisation;

	@Size(max = 500)
	private @Nullable String funder;

	@Size(max = 20000)
	private @Nullable String summary;

	private @Nullable LocalDate startedOn;

	private @Nullable LocalDate endsOn;

	@Size(max = 2000)
	@Pattern(regexp = "https?://\\S+", message = "{admin.form.url.pattern}")
	private @Nullable String url;

	private List<String> countries = new ArrayList<>();

	static CapacityBuildingProjectForm of(CapacityBuildingProject project) {
		CapacityBuildingProjectForm form = new CapacityBuildingProjectForm();
		form.copyFrom(project);
		form.title = project.getTitle();
		form.leadOrganisation = project.getLeadOrganisation();
		form.funder = project.getFunder();
		form.summary = project.getSummary();
		form.startedOn = project.getStartedOn();
		form.endsOn = project.getEndsOn();
		form.url = project.getUrl();
		form.countries.addAll(project.getCountryIso2s());
		return form;
	}

	void copyTo(CapacityBuildingProject project) {
		super.copyTo(project);
		project.setTitle(this.title.strip());
		project.setLeadOrganisation(blankToNull(this.leadOrganisation));
		project.setFunder(blankToNull(this.funder));
		project.setSummary(blankToNull(this.summary));
		project.setStartedOn(this.startedOn);
		project.setEndsOn(this.endsOn);
		project.setUrl(blankToNull(this.url));
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public @Nullable String getLeadOrganisation() {
		return this.leadOrganisation;
	}

	public void setLeadOrganisation(@Nullable String leadOrganisation) {
		this.leadOrganisation = leadOrganisation;
	}

	public @Nullable String getFunder() {
		return this.funder;
	}

	public void setFunder(@Nullable String funder) {
		this.funder = funder;
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	public @Nullable LocalDate getStartedOn() {
		return this.startedOn;
	}

	public void setStartedOn(@Nullable LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(@Nullable LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable String url) {
		this.url = blankToNull(url);
	}

	public List<String> getCountries() {
		return this.countries;
	}

	public void setCountries(List<String> countries) {
		this.countries = new ArrayList<>(countries);
	}

}
