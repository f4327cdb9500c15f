package org.a6portal.sector.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.a6portal.admin.RecordForm;
import org.a6portal.sector.Sector;

/**
 * The editor form of a sector. Its code is fixed once created: records refer to it.
 */
public class SectorForm implements RecordForm {

	private long version;

	@NotBlank
	@Size(max = 40)
	@Pattern(regexp = "[a-z][a-z0-9_]*", message = "{admin.sector.code.pattern}")
	private String code = "";

	@NotBlank
	@Size(max = 200)
	private String nameEn = "";

	@NotBlank
	@Size(max = 200)
	private String nameEs = "";

	@NotBlank
	@Size(max = 200)
	private String nameFr = "";

	@Min(1)
	@Max(9999)
	private int sortOrder = 100;

	static SectorForm of(Sector sector) {
		SectorForm form = new SectorForm();
		form.code = sector.getCode();
		form.nameEn = sector.getNameEn();
		form.nameEs = sector.getNameEs();
		form.nameFr = sector.getNameFr();
		form.sortOrder = sector.getSortOrder();
		return form;
	}

	void copyTo(Sector sector) {
		sector.setNames(this.nameEn.strip(), this.nameEs.strip(), this.nameFr.strip());
		sector.setSortOrder((short) this.sortOrder);
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(long version) {
		this.version = version;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getNameEs() {
		return this.nameEs;
	}

	public void setNameEs(String nameEs) {
		this.nameEs = nameEs;
	}

	public String getNameFr() {
		return this.nameFr;
	}

	public void setNameFr(String nameFr) {
		this.nameFr = nameFr;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

}
