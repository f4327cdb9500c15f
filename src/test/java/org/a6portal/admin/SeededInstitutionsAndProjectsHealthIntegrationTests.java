package org.a6portal.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.a6portal.contenthealth.ContentWarning;
import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content health over the public text loaded on 2026-11-30 for the sustainable-development section and the new
 * capacity-building projects: every check the editors' Content health page runs (placeholders, words that speak to
 * the compiler, another country's name, repeated sentences, links, age), over every loaded record.
 */
@IntegrationTest
@Transactional(readOnly = true)
class SeededInstitutionsAndProjectsHealthIntegrationTests {

	private static final Set<String> NEW_PROJECTS = Set.of("cb-adb-a6sf", "cb-gggi-mats", "cb-unfccc-a6-cbwp",
			"cb-undp-a62-course", "cb-waa-a6-readiness");

	@Autowired
	private RecordEditing editing;

	@Test
	void everySeededRuleReadsAsPublicTextWithoutWarnings() {
		List<String> checked = new ArrayList<>();
		List<String> warnings = warnings(this.editing.kind("sd_statement"), Set.of(), checked);
		assertThat(checked).hasSize(16);
		assertThat(warnings).isEmpty();
	}

	@Test
	void everyNewCapacityBuildingProjectReadsAsPublicTextWithoutWarnings() {
		List<String> checked = new ArrayList<>();
		List<String> warnings = warnings(this.editing.kind("capacity_building_project"), NEW_PROJECTS, checked);
		assertThat(checked).hasSize(5);
		assertThat(warnings).isEmpty();
	}

	@Test
	void aRuleThatNamesAnotherCountryThanItsPartnersIsStillWarnedAbout() {
		EditableRecords<?, ?> rules = this.editing.kind("sd_statement");
		assertThat(warningsOfEdited(rules, "sd-rw-carbon-market-framework",
				"Launched at COP28 beside agreements with Singapore and Kuwait."))
			.containsExactly("OTHER_COUNTRY_NAME body [Kuwait, KW]");
	}

	@Test
	void noSeededTextBeginsASentenceWithACutOffWord() {
		List<String> found = new ArrayList<>();
		int checked = 0;
		for (EditableRecords<?, ?> kind : this.editing.kinds()) {
			checked += truncatedWords(kind, found);
		}
		assertThat(checked).as("records checked").isGreaterThan(100);
		assertThat(found).isEmpty();
	}

	private <E, F extends RecordForm> int truncatedWords(EditableRecords<E, F> records, List<String> found) {
		int[] checked = { 0 };
		records.all().forEach((entity) -> {
			checked[0]++;
			this.editing.warnings(records, records.toForm(entity))
				.stream()
				.filter((warning) -> warning.kind() == ContentWarning.Kind.TRUNCATED_WORD)
				.forEach((warning) -> found.add(records.entityType() + " " + records.labelOf(entity) + ": "
						+ describe(warning)));
		});
		return checked[0];
	}

	private <E, F extends RecordForm> List<String> warnings(EditableRecords<E, F> records, Set<String> slugs,
			List<String> checked) {
		List<String> found = new ArrayList<>();
		records.all().forEach((entity) -> {
			F form = records.toForm(entity);
			String slug = ((SourcedRecordForm) form).getSlug();
			if (slugs.isEmpty() || slugs.contains(slug)) {
				checked.add(slug);
				this.editing.warnings(records, form)
					.forEach((warning) -> found.add(slug + ": " + describe(warning)));
			}
		});
		return found;
	}

	private <E, F extends RecordForm> List<String> warningsOfEdited(EditableRecords<E, F> records, String slug,
			String body) {
		F form = records.toForm(records.findBySlug(slug).orElseThrow());
		((org.a6portal.sustainabledevelopment.admin.SdStatementForm) form).setBody(body);
		return this.editing.warnings(records, form).stream().map(SeededInstitutionsAndProjectsHealthIntegrationTests::describe).toList();
	}

	private static String describe(ContentWarning warning) {
		return warning.kind() + " " + warning.field() + " " + warning.arguments();
	}

}
