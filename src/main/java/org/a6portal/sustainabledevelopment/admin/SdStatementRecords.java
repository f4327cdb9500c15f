package org.a6portal.sustainabledevelopment.admin;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.a6portal.admin.SourcedRecords;
import org.a6portal.contenthealth.CheckedRecord;
import org.a6portal.sustainabledevelopment.SdStatement;
import org.a6portal.sustainabledevelopment.SdStatementRepository;
import org.a6portal.sustainabledevelopment.SustainableDevelopmentKinds;
import org.a6portal.record.RecordKind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Sustainable-development statements as the editing service sees them. The body speaks of its own country only:
 * another country's name in it is warned about (text pasted from another country's page).
 */
@Component
class SdStatementRecords implements SourcedRecords<SdStatement, SdStatementForm> {

	private final SdStatementRepository statements;

	SdStatementRecords(SdStatementRepository statements) {
		this.statements = statements;
	}

	@Override
	public RecordKind kind() {
		return SustainableDevelopmentKinds.SD_STATEMENT;
	}

	@Override
	public Class<SdStatementForm> formType() {
		return SdStatementForm.class;
	}

	@Override
	public Optional<SdStatement> findBySlug(String slug) {
		return this.statements.findBySlug(slug);
	}

	@Override
	public Stream<SdStatement> all() {
		return this.statements.findAllByOrderByCountryIso2AscIdAsc().stream();
	}

	@Override
	public Optional<SdStatement> find(String id) {
		return id.matches("\\d{1,18}") ? this.statements.findById(Long.valueOf(id)) : Optional.empty();
	}

	@Override
	public SdStatementForm newForm() {
		return new SdStatementForm();
	}

	@Override
	public SdStatement create(SdStatementForm form) {
		SdStatement statement = new SdStatement();
		apply(form, statement);
		return statement;
	}

	@Override
	public SdStatementForm toForm(SdStatement statement) {
		return SdStatementForm.of(statement);
	}

	@Override
	public void apply(SdStatementForm form, SdStatement statement) {
		form.copyTo(statement);
	}

	@Override
	public SdStatement save(SdStatement statement) {
		return this.statements.save(statement);
	}

	@Override
	public void delete(SdStatement statement) {
		this.statements.delete(statement);
	}

	@Override
	public String labelOf(SdStatement statement) {
		// a rule by its document's title, as the public page shows it; else in words, not its slug
		// ("PE: safeguards (Article 6.4)"): the record of changes and the feeds name it by this
		if (statement.getTitle() != null && !statement.getTitle().isBlank()) {
			return statement.getTitle();
		}
		String mechanism = switch (statement.getMechanism().code()) {
			case "a6_2" -> "Article 6.2";
			case "a6_4" -> "Article 6.4";
			default -> "Articles 6.2 and 6.4";
		};
		return statement.getCountryIso2() + ": " + statement.getTopic().code().replace('_', ' ') + " (" + mechanism + ")";
	}

	@Override
	public Set<String> countriesOf(SdStatement statement) {
		return Set.of(statement.getCountryIso2());
	}

	@Override
	public CheckedRecord contentOf(SdStatementForm form) {
		@Nullable String country = form.getCountryIso2().isBlank() ? null : form.getCountryIso2().strip();
		Map<String, String> texts = new LinkedHashMap<>();
		putIfPresent(texts, "title", form.getTitle());
		putIfPresent(texts, "authority", form.getAuthority());
		texts.put("body", form.getBody());
		putIfPresent(texts, "sourceTitle", form.getSourceTitle());
		putIfPresent(texts, "otherSourceTitle", form.getOtherSourceTitle());
		Map<String, String> links = new LinkedHashMap<>();
		putIfPresent(links, "otherSourceUrl", form.getOtherSourceUrl());
		// a statement may name the country's Article 6 partners ("under its agreement with Switzerland")
		Set<String> mentionable = new HashSet<>();
		if (country != null) {
			mentionable.add(country);
			mentionable.addAll(this.statements.findPartnersOf(country));
		}
		return new CheckedRecord(country, mentionable, texts, Set.of("body"), form.getSourceUrl(), links,
				form.getLastReviewedOn());
	}

	@Override
	public void validate(SdStatementForm form, Optional<SdStatement> existing, Errors errors) {
		form.validateSourced(errors, this.statements.findBySlug(form.getSlug()), existing);
		form.validateRule(errors);
	}

	private static void putIfPresent(Map<String, String> map, String key, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			map.put(key, value);
		}
	}

}
