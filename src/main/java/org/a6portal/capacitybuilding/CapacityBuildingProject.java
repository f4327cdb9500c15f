package org.a6portal.capacitybuilding;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import org.a6portal.common.SourcedRecord;
import org.jspecify.annotations.Nullable;

/**
 * A programme that helps governments get ready for Article 6: training, readiness assessments, legal and
 * institutional set-up, registries, reporting.
 */
@Entity
public class CapacityBuildingProject extends SourcedRecord {

	private String title = "";

	private @Nullable String leadOrganisation;

	private @Nullable String funder;

	private @Nullable String summary;

	private @Nullable LocalDate startedOn;

	private @Nullable LocalDate endsOn;

	private @Nullable String url;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "capacity_building_country", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "country_iso2")
	private Set<String> countryIso2s = new LinkedHashSet<>();

	public CapacityBuildingProject() {
	}

	public String getTitle() {
		return this.title;
	}

	public @Nullable String getLeadOrganisation() {
		return this.leadOrganisation;
	}

	public @Nullable String getFunder() {
		return this.funder;
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

	public @Nullable LocalDate getStartedOn() {
		return this.startedOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return this.endsOn;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	/** The alpha-2 codes of the countries involved, in alphabetical order. */
	public Set<String> getCountryIso2s() {
		return new TreeSet<>(this.countryIso2s);
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public void setLeadOrganisation(@Nullable String leadOrganisation) {
		this.leadOrganisation = leadOrganisation;
	}

	public void setFunder(@Nullable String funder) {
		this.funder = funder;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	public void setStartedOn(@Nullable LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public void setEndsOn(@Nullable LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	/** Replaces the countries involved. */
	public void setCountryIso2s(Set<String> countryIso2s) {
		this.countryIso2s.clear();
		this.countryIso2s.addAll(countryIso2s);
	}

}
