package org.a6portal.ndc.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.a6portal.admin.SourcedRecords;
import org.a6portal.contenthealth.CheckedRecord;
import org.a6portal.country.CountryRepository;
import org.a6portal.ndc.NdcDocument;
import org.a6portal.ndc.NdcDocumentRepository;
import org.a6portal.ndc.NdcKinds;
import org.a6portal.record.RecordKind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * NDC documents as the editing service sees them: the current one is on its Party's page.
 */
@Component
class NdcDocumentRecords implements SourcedRecords<NdcDocument, NdcDocumentForm> {

	private final NdcDocumentRepository documents;

	private final CountryRepository countries;

	NdcDocumentRecords(NdcDocumentRepository documents, CountryRepository countries) {
		this.documents = documents;
		this.countries = countries;
	}

	@Override
	public RecordKind kind() {
		return NdcKinds.NDC_DOCUMENT;
	}

	@Override
	public Class<NdcDocumentForm> formType() {
		return NdcDocumentForm.class;
	}

	@Override
	public Optional<NdcDocument> find(String id) {
		return id.matches("\\d{1,18}") ? this.documents.findById(Long.valueOf(id)) : Optional.empty();
	}

	@Override
	public Optional<NdcDocument> findBySlug(String slug) {
		return this.documents.findBySlug(slug);
	}

	@Override
	public NdcDocumentForm newForm() {
		return new NdcDocumentForm();
	}

	@Override
	public NdcDocument create(NdcDocumentForm form) {
		NdcDocument document = new NdcDocument();
		apply(form, document);
		return document;
	}

	@Override
	public NdcDocumentForm toForm(NdcDocument document) {
		return NdcDocumentForm.of(document);
	}

	@Override
	public void apply(NdcDocumentForm form, NdcDocument document) {
		form.copyTo(document);
	}

	@Override
	public NdcDocument save(NdcDocument document) {
		return this.documents.save(document);
	}

	@Override
	public void delete(NdcDocument document) {
		this.documents.delete(document);
	}

	@Override
	public String labelOf(NdcDocument document) {
		return document.getCountryIso2() + " " + document.getTitle();
	}

	@Override
	public Set<String> countriesOf(NdcDocument document) {
		return Set.of(document.getCountryIso2());
	}

	@Override
	public Stream<NdcDocument> all() {
		return this.documents.findAllByOrderByCountryIso2AscSubmittedOnDesc().stream();
	}

	@Override
	public CheckedRecord contentOf(NdcDocumentForm form) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("title", form.getTitle());
		if (!form.getSourceTitle().isBlank()) {
			texts.put("sourceTitle", form.getSourceTitle());
		}
		Map<String, String> links = new LinkedHashMap<>();
		if (!form.getDocumentUrl().isBlank()) {
			links.put("documentUrl", form.getDocumentUrl());
		}
		@Nullable String country = form.getCountryIso2().isBlank() ? null : form.getCountryIso2();
		return new CheckedRecord(country, (country != null) ? Set.of(country) : Set.of(), texts, Set.of(),
				form.getSourceUrl(), links, form.getLastReviewedOn());
	}

	@Override
	public void validate(NdcDocumentForm form, Optional<NdcDocument> existing, Errors errors) {
		form.validateSourced(errors, this.documents.findBySlug(form.getSlug()), existing);
		if (!errors.hasFieldErrors("countryIso2") && this.countries.findByIso2(form.getCountryIso2()).isEmpty()) {
			errors.rejectValue("countryIso2", "admin.ndc.countryUnknown");
		}
		if (form.isCurrent() && "archived".equals(form.getRegistryStatus())) {
			errors.rejectValue("current", "admin.ndcDocument.currentMustBeActive");
		}
		if (!errors.hasFieldErrors("documentUrl") && !errors.hasFieldErrors("countryIso2")) {
			this.documents.findByCountryIso2AndDocumentUrl(form.getCountryIso2(), form.getDocumentUrl().strip())
				.filter((other) -> existing.isEmpty() || !other.getId().equals(existing.get().getId()))
				.ifPresent((other) -> errors.rejectValue("documentUrl", "admin.ndcDocument.urlTaken",
						new Object[] { other.getTitle() }, null));
		}
	}

}
