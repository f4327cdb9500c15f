package org.a6portal.sustainabledevelopment.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.a6portal.admin.SourcedRecords;
import org.a6portal.contenthealth.CheckedRecord;
import org.a6portal.sustainabledevelopment.SdStatement;
import org.a6portal.sustainabledevelopment.SdStatementRepository;
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
	public String entityType() {
		return "sd_statement";
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
		// the record of changes and the feeds name it by this: words, not its slug ("PE: safeguards (Article 6.4)")
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
		texts.put("body", form.getBody());
		if (form.getSourceTitle() != null && !form.getSourceTitle().isBlank()) {
			texts.put("sourceTitle", form.getSourceTitle());
		}
		return new CheckedRecord(country, (country != null) ? Set.of(country) : Set.of(), texts,
				Set.of("body"), form.getSourceUrl(), Map.of(), form.getLastReviewedOn());
	}

	@Override
	public void validate(SdStatementForm form, Optional<SdStatement> existing, Errors errors) {
		form.validateSourced(errors, this.statements.findBySlug(form.getSlug()), existing);
	}

}
