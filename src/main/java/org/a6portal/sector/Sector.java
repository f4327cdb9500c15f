package org.a6portal.sector;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.a6portal.country.CountryNames;

/**
 * A broad sector (energy supply, transport, …). Its order is the order of the sector breakdown.
 */
@Entity
public class Sector {

	@Id
	private String code = "";

	private String nameEn = "";

	private String nameEs = "";

	private String nameFr = "";

	private short sortOrder;

	protected Sector() {
	}

	public Sector(String code) {
		this.code = code;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String getNameEs() {
		return this.nameEs;
	}

	public String getNameFr() {
		return this.nameFr;
	}

	public void setNames(String nameEn, String nameEs, String nameFr) {
		this.nameEn = nameEn;
		this.nameEs = nameEs;
		this.nameFr = nameFr;
	}

	public void setSortOrder(short sortOrder) {
		this.sortOrder = sortOrder;
	}

	public String getCode() {
		return this.code;
	}

	public String name(Locale locale) {
		return CountryNames.pick(locale, this.nameEn, this.nameEs, this.nameFr);
	}

	public short getSortOrder() {
		return this.sortOrder;
	}

}
