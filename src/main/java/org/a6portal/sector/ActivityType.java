package org.a6portal.sector;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.a6portal.country.CountryNames;

/**
 * A kind of mitigation activity within a sector (clean cooking within household energy, …).
 */
@Entity
public class ActivityType {

	@Id
	private String code = "";

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "sector_code")
	private Sector sector;

	private String nameEn = "";

	private String nameEs = "";

	private String nameFr = "";

	private short sortOrder;

	protected ActivityType() {
		this.sector = new Sector();
	}

	public String getCode() {
		return this.code;
	}

	public Sector getSector() {
		return this.sector;
	}

	public String name(Locale locale) {
		return CountryNames.pick(locale, this.nameEn, this.nameEs, this.nameFr);
	}

	public short getSortOrder() {
		return this.sortOrder;
	}

}
