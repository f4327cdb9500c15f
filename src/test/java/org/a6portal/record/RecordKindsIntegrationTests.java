package org.a6portal.record;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.a6portal.admin.EditableRecords;
import org.a6portal.admin.RecordEditing;
import org.a6portal.importer.CsvImport;
import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Issue 13, "a record kind is one definition": every kind the features declare has every piece the portal reads from
 * it (its names in the three bundles, its labels, a mapped admin list, its import, its navigation entry, its section),
 * and nothing names a kind that has no definition. A kind added with a piece missing fails here, instead of a link
 * falling back to {@code /admin} or a feed naming it by its table.
 */
@IntegrationTest
class RecordKindsIntegrationTests {

	private static final List<String> BUNDLES = List.of("messages/messages.properties",
			"messages/messages_es.properties", "messages/messages_fr.properties");

	/** Change-log entries that are not about one record: a CSV import and a bulk action, each one unit. */
	private static final Set<String> NOT_RECORDS = Set.of("import", "bulk");

	@Autowired
	private RecordKinds kinds;

	@Autowired
	private RecordEditing editing;

	@Autowired
	private CsvImport imports;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyKindIsNamedAndLabelledInTheThreeLanguages() throws IOException {
		assertThat(this.kinds.all()).hasSizeGreaterThanOrEqualTo(13);
		for (String bundle : BUNDLES) {
			Properties messages = load(bundle);
			for (RecordKind kind : this.kinds.all()) {
				List<String> keys = new ArrayList<>(List.of(kind.adminKindKey()));
				if (kind.inFeeds()) {
					keys.add(kind.feedKindKey());
				}
				keys.addAll(kind.renamedFields().values());
				kind.navKey().ifPresent(keys::add);
				kind.dashboardKey().ifPresent(keys::add);
				assertThat(keys).as("%s in %s", kind.entityType(), bundle).allSatisfy((key) ->
						assertThat(messages.getProperty(key)).as(key).isNotBlank());
				assertThat(messages.stringPropertyNames())
					.as("a label with the prefix %s in %s", kind.labelPrefix(), bundle)
					.anyMatch((key) -> key.startsWith(kind.labelPrefix() + "."));
			}
		}
	}

	@Test
	void everyKindsAdminListIsMapped() {
		Set<String> patterns = patterns();
		assertThat(this.kinds.all()).allSatisfy((kind) -> {
			assertThat(kind.adminPath()).as(kind.entityType()).isNotBlank();
			assertThat(patterns).as(kind.entityType()).contains(kind.listPath());
		});
	}

	/**
	 * The public routes derived from a kind: its records' pages and its overview exist for every kind with pages, a
	 * feed beside each page for every kind with feeds (registered from the kind), and nothing else serves feeds of
	 * records.
	 */
	@Test
	void everyKindsPublicPagesOverviewAndFeedsAreMapped() {
		Set<String> patterns = patterns();
		assertThat(this.kinds.withPages()).isNotEmpty().allSatisfy((kind) -> {
			RecordKind.PublicPage page = kind.publicPage();
			assertThat(patterns).as(kind.entityType()).contains(page.pattern(), page.overview());
			assertThat(patterns.contains(page.feedPattern())).as("%s has a feed", kind.entityType()).isEqualTo(page.feed());
		});
		assertThat(this.kinds.withFeeds()).extracting(RecordKind::entityType)
			.containsExactly("cooperative_approach", "pacm_activity", "initial_report");
		assertThat(patterns).filteredOn((pattern) -> pattern.endsWith("/{slug}/changes.atom"))
			.containsExactlyInAnyOrderElementsOf(
					this.kinds.withFeeds().stream().map((kind) -> kind.publicPage().feedPattern()).toList());
	}

	/**
	 * Every handler marked as a record's page ({@link RecordPage}, or a handler object of one kind) names a kind with
	 * pages of its own, whose table the validators read, and finds the record by a {@code {slug}}.
	 */
	@Test
	void everyRecordPageNamesAKindWithPages() {
		List<String> recordPages = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			RecordPage page = handler.getMethodAnnotation(RecordPage.class);
			String kind = (page != null) ? page.value()
					: (handler.getBean() instanceof RecordPage.Handler kindHandler) ? kindHandler.kind().entityType()
							: null;
			if (kind != null) {
				recordPages.addAll(info.getPatternValues());
				assertThat(this.kinds.of(kind)).as("%s names %s", info, kind)
					.hasValueSatisfying((named) -> assertThat(named.publicPage()).isNotNull());
				assertThat(info.getPatternValues()).as(info.toString()).allMatch((pattern) -> pattern.contains("{slug}"));
			}
		});
		assertThat(recordPages).contains("/cooperative-approaches/{slug}", "/embed/pacm-activities/{slug}",
				"/api/v1/initial-reports/{slug}.csv", "/ndc-targets/{slug}", "/api/v1/ndc-targets/{slug}",
				"/pacm-activities/{slug}/changes.atom");
	}

	@Test
	void aFeedNeedsPagesOfItsOwn() {
		assertThatIllegalStateException().isThrownBy(() -> RecordKind.of("no_pages").withFeed());
		assertThatIllegalStateException().isThrownBy(() -> this.kinds.withPage("sd_statement"));
		assertThat(this.kinds.withPage("ndc_target").publicPage().table()).isEqualTo("ndc_target_set_member");
	}

	@Test
	void everyEditableKindIsDefinedOnce() {
		assertThat(this.editing.kinds()).allSatisfy((records) -> assertThat(this.kinds.of(records.entityType()))
			.as(records.getClass().getSimpleName())
			.containsSame(records.kind()));
		assertThat(this.editing.kinds().stream().map(EditableRecords::entityType)).doesNotHaveDuplicates();
	}

	@Test
	void theImportableKindsAreThoseTheImportTakes() {
		assertThat(this.imports.kinds())
			.containsExactlyInAnyOrderElementsOf(this.kinds.importable().stream().map(RecordKind::adminPath).toList());
	}

	@Test
	void kindsWithPublicPagesOrImportsAreShownInASectionOfTheCountryPage() {
		assertThat(this.kinds.all()).filteredOn((kind) -> kind.publicPage() != null || kind.importable())
			.allSatisfy((kind) -> assertThat(kind.section()).as(kind.entityType()).isNotNull());
	}

	@Test
	void everyKindTheChangeLogNamesIsDefined() {
		List<String> logged = this.jdbc.sql("SELECT DISTINCT entity_type FROM change_log").query(String.class).list();
		assertThat(logged).isNotEmpty();
		assertThat(logged).filteredOn((type) -> !NOT_RECORDS.contains(type))
			.allSatisfy((type) -> assertThat(this.kinds.of(type)).as(type).isPresent());
	}

	@Test
	void theProfileSectionsKeepTheirPublicAnchors() {
		assertThat(ProfileSection.anchors()).containsExactly("article-6-2", "article-6-4", "sectors",
				"national-targets", "sustainable-development", "capacity-building");
	}

	private Set<String> patterns() {
		return this.mappings.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap((info) -> info.getPatternValues().stream())
			.collect(Collectors.toSet());
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(bundle).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
