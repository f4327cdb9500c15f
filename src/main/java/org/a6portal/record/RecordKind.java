package org.a6portal.record;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One kind of record, defined once in its feature package and read by everything that names kinds: the change log
 * and its field labels, the admin section (list and form paths, navigation, content health, work queue), the feeds,
 * the sitemap, the importer. Built as {@code RecordKind.of("cooperative_approach").admin("cooperative-approaches")…}
 * and declared as a bean so that {@link RecordKinds} finds it; {@code RecordKindsIntegrationTests} fails when a kind
 * lacks a piece (a message, a mapped admin list, an import, a section).
 *
 * @param entityType its name in {@code change_log.entity_type} ({@code cooperative_approach}); also the last part of
 * its kind messages {@code admin.kind.*} and {@code feed.kind.*}
 * @param adminPath the segment of its admin list and forms ({@code cooperative-approaches} for
 * {@code /admin/cooperative-approaches}), also its import kind
 * @param labelPrefix the prefix of its form's field labels ({@code admin.approach}, as in {@code admin.approach.title})
 * @param renamedFields fields whose label key is not the prefix and the field's name, by field
 * @param publicPage its records' own public pages, if they have them
 * @param section the country profile section that shows it ({@code null}: the country page itself, or none)
 * @param importable whether editors can import and export it as CSV
 * @param nav its entry in the admin navigation and dashboard ({@code approaches}: {@code admin.nav.approaches},
 * {@code admin.dashboard.approaches}), {@code null} where it has none (reached from another list)
 * @param order its place in the navigation and in lists of kinds
 * @param inFeeds whether its changes can be public (and so need a name in the feeds); editor accounts' never are
 */
public record RecordKind(String entityType, String adminPath, String labelPrefix, Map<String, String> renamedFields,
		@Nullable PublicPage publicPage, @Nullable ProfileSection section, boolean importable, @Nullable String nav,
		int order, boolean inFeeds) {

	public RecordKind {
		renamedFields = Map.copyOf(renamedFields);
	}

	/** A kind known by this change-log name; the other pieces follow ({@link #admin}, {@link #labels}, …). */
	public static RecordKind of(String entityType) {
		return new RecordKind(entityType, "", "", Map.of(), null, null, false, null, Integer.MAX_VALUE, true);
	}

	public RecordKind admin(String path) {
		return new RecordKind(this.entityType, path, this.labelPrefix, this.renamedFields, this.publicPage,
				this.section, this.importable, this.nav, this.order, this.inFeeds);
	}

	public RecordKind labels(String prefix, Map<String, String> renamed) {
		return new RecordKind(this.entityType, this.adminPath, prefix, renamed, this.publicPage, this.section,
				this.importable, this.nav, this.order, this.inFeeds);
	}

	/**
	 * Its records' own pages: {@code path} + slug, their overview at {@code path} without its last slash, the slugs and
	 * publication status in {@code table}.
	 */
	public RecordKind page(String path, String table) {
		return new RecordKind(this.entityType, this.adminPath, this.labelPrefix, this.renamedFields,
				new PublicPage(path, table, false), this.section, this.importable, this.nav, this.order, this.inFeeds);
	}

	/**
	 * Each of its pages has an Atom feed of the record's public changes ({@code path + slug + "/changes.atom"}), and
	 * the portal's and the countries' feeds link its changes to its page. Follows {@link #page}.
	 */
	public RecordKind withFeed() {
		if (this.publicPage == null) {
			throw new IllegalStateException(this.entityType + ": a feed of its own needs pages of its own");
		}
		return new RecordKind(this.entityType, this.adminPath, this.labelPrefix, this.renamedFields,
				new PublicPage(this.publicPage.path(), this.publicPage.table(), true), this.section, this.importable,
				this.nav, this.order, this.inFeeds);
	}

	public RecordKind shownIn(ProfileSection section) {
		return new RecordKind(this.entityType, this.adminPath, this.labelPrefix, this.renamedFields, this.publicPage,
				section, this.importable, this.nav, this.order, this.inFeeds);
	}

	public RecordKind importedAsCsv() {
		return new RecordKind(this.entityType, this.adminPath, this.labelPrefix, this.renamedFields, this.publicPage,
				this.section, true, this.nav, this.order, this.inFeeds);
	}

	public RecordKind nav(String nav, int order) {
		return new RecordKind(this.entityType, this.adminPath, this.labelPrefix, this.renamedFields, this.publicPage,
				this.section, this.importable, nav, order, this.inFeeds);
	}

	/** A kind whose changes never reach the public feeds (editor accounts). */
	public RecordKind notInFeeds() {
		return new RecordKind(this.entityType, this.adminPath, this.labelPrefix, this.renamedFields, this.publicPage,
				this.section, this.importable, this.nav, this.order, false);
	}

	/** Its admin list ({@code /admin/cooperative-approaches}). */
	public String listPath() {
		return "/admin/" + this.adminPath;
	}

	/** The form that edits one record. */
	public String editPath(String id) {
		return listPath() + "/" + id + "/edit";
	}

	/** The label key of one of its form's fields. */
	public String labelKey(String field) {
		String renamed = this.renamedFields.get(field);
		return (renamed != null) ? renamed : this.labelPrefix + "." + field;
	}

	/** Its name in the admin section ({@code admin.kind.cooperative_approach}). */
	public String adminKindKey() {
		return "admin.kind." + this.entityType;
	}

	/** Its name in the public feeds ({@code feed.kind.cooperative_approach}). */
	public String feedKindKey() {
		return "feed.kind." + this.entityType;
	}

	public Optional<String> navKey() {
		return Optional.ofNullable(this.nav).map((name) -> "admin.nav." + name);
	}

	public Optional<String> dashboardKey() {
		return Optional.ofNullable(this.nav).map((name) -> "admin.dashboard." + name);
	}

	/**
	 * A kind of record's own public pages.
	 * @param path what their addresses start with ({@code /cooperative-approaches/}), the slug follows
	 * @param table the table or view holding their slugs, ids and publication status (the sitemap, the pages'
	 * Last-Modified, the feeds); a constant of the code, never request input
	 * @param feed whether each page has its own Atom feed ({@code /cooperative-approaches/{slug}/changes.atom}) and
	 * the feeds link the kind's changes to its pages
	 */
	public record PublicPage(String path, String table, boolean feed) {

		public PublicPage {
			if (!path.startsWith("/") || !path.endsWith("/") || !table.matches("[a-z_]+")) {
				throw new IllegalArgumentException("Not a page path and table: " + path + ", " + table);
			}
		}

		/** The overview of every published record of the kind ({@code /cooperative-approaches}). */
		public String overview() {
			return this.path.substring(0, this.path.length() - 1);
		}

		/** The address pattern of one record's page ({@code /cooperative-approaches/{slug}}). */
		public String pattern() {
			return this.path + "{slug}";
		}

		/** The address pattern of one record's feed ({@code /cooperative-approaches/{slug}/changes.atom}). */
		public String feedPattern() {
			return pattern() + "/changes.atom";
		}

	}

}
