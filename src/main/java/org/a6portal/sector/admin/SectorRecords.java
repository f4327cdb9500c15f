package org.a6portal.sector.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.a6portal.admin.EditableRecords;
import org.a6portal.contenthealth.CheckedRecord;
import org.a6portal.sector.Sector;
import org.a6portal.sector.SectorRepository;
import org.a6portal.sector.SectorKinds;
import org.a6portal.record.RecordKind;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Sectors as the editing service sees them. The table has no version column: sectors change rarely and only
 * through this form, so the version check compares the form's names with the stored ones instead (see
 * {@link #versionOf}).
 */
@Component
class SectorRecords implements EditableRecords<Sector, SectorForm> {

	private final SectorRepository sectors;

	SectorRecords(SectorRepository sectors) {
		this.sectors = sectors;
	}

	@Override
	public RecordKind kind() {
		return SectorKinds.SECTOR;
	}

	@Override
	public Class<SectorForm> formType() {
		return SectorForm.class;
	}

	@Override
	public Optional<Sector> find(String id) {
		return this.sectors.findById(id);
	}

	@Override
	public SectorForm newForm() {
		SectorForm form = new SectorForm();
		form.setSortOrder(this.sectors.nextSortOrder());
		return form;
	}

	@Override
	public Sector create(SectorForm form) {
		Sector sector = new Sector(form.getCode().strip());
		form.copyTo(sector);
		return sector;
	}

	@Override
	public SectorForm toForm(Sector sector) {
		SectorForm form = SectorForm.of(sector);
		form.setVersion(versionOf(sector));
		return form;
	}

	@Override
	public void apply(SectorForm form, Sector sector) {
		form.copyTo(sector);
	}

	@Override
	public Sector save(Sector sector) {
		return this.sectors.save(sector);
	}

	@Override
	public void delete(Sector sector) {
		this.sectors.delete(sector);
	}

	@Override
	public String idOf(Sector sector) {
		return sector.getCode();
	}

	@Override
	public String labelOf(Sector sector) {
		return sector.getNameEn();
	}

	/** A fingerprint of the stored names and order, standing in for a version column. */
	@Override
	public long versionOf(Sector sector) {
		return Integer.toUnsignedLong((sector.getNameEn() + "|" + sector.getNameEs() + "|" + sector.getNameFr() + "|"
				+ sector.getSortOrder()).hashCode());
	}

	@Override
	public boolean isPublished(Sector sector) {
		return true;
	}

	@Override
	public Set<String> countriesOf(Sector sector) {
		return Set.of();
	}

	@Override
	public Stream<Sector> all() {
		return this.sectors.findAllByOrderBySortOrder().stream();
	}

	@Override
	public CheckedRecord contentOf(SectorForm form) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("nameEn", form.getNameEn());
		texts.put("nameEs", form.getNameEs());
		texts.put("nameFr", form.getNameFr());
		return new CheckedRecord(null, Set.of(), texts, Set.of(), null, Map.of(), null);
	}

	@Override
	public boolean citesSources() {
		return false;
	}

	@Override
	public void validate(SectorForm form, Optional<Sector> existing, Errors errors) {
		if (existing.isEmpty() && this.sectors.findById(form.getCode()).isPresent()) {
			errors.rejectValue("code", "admin.sector.code.taken");
		}
		if (existing.isPresent() && !existing.get().getCode().equals(form.getCode())) {
			errors.rejectValue("code", "admin.sector.code.fixed");
		}
		if (form.getSortOrder() < 1 || form.getSortOrder() > 9999) {
			return;
		}
		this.sectors.findBySortOrder((short) form.getSortOrder())
			.filter((other) -> existing.isEmpty() || !other.getCode().equals(existing.get().getCode()))
			.ifPresent((other) -> errors.rejectValue("sortOrder", "admin.sector.sortOrder.taken",
					new Object[] { other.getNameEn(), this.sectors.nextSortOrder() }, null));
	}

	@Override
	public Optional<String> deletionBlocker(Sector sector) {
		return (this.sectors.countReferences(sector.getCode()) > 0) ? Optional.of("admin.sector.inUse") : Optional.empty();
	}

}
