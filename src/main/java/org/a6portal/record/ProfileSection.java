package org.a6portal.record;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The sections of a country profile, in page order: the page, its table of contents, the embeds
 * ({@code /embed/countries/{code}/{section}}) and the feeds' links all read this one list. The anchors are public
 * addresses (partner sites link to {@code /countries/pe#article-6-4}): never change one.
 */
public enum ProfileSection {

	ARTICLE_6_2("article-6-2", "article62"),

	ARTICLE_6_4("article-6-4", "article64"),

	SECTORS("sectors", "sectors"),

	NATIONAL_TARGETS("national-targets", "targets"),

	SUSTAINABLE_DEVELOPMENT("sustainable-development", "sd"),

	CAPACITY_BUILDING("capacity-building", "capacity");

	private final String anchor;

	private final String key;

	ProfileSection(String anchor, String key) {
		this.anchor = anchor;
		this.key = key;
	}

	/** The section's id on the country page and its path segment in the embeds ({@code article-6-4}). */
	public String anchor() {
		return this.anchor;
	}

	/** The section's part of its message keys ({@code profile.section.article64.heading}). */
	public String key() {
		return this.key;
	}

	/** Its heading on the page and in the table of contents. */
	public String headingKey() {
		return "profile.section." + this.key + ".heading";
	}

	/** Its name in the list of sections an embedded country summary links to. */
	public String embedKey() {
		return "embed.section." + this.anchor;
	}

	/** The template fragment that draws it ({@code profile/sections/_article-6-4}). */
	public String fragment() {
		return "profile/sections/_" + this.anchor;
	}

	public static List<ProfileSection> all() {
		return List.of(values());
	}

	public static List<String> anchors() {
		return Arrays.stream(values()).map(ProfileSection::anchor).toList();
	}

	public static Optional<ProfileSection> ofAnchor(String anchor) {
		return Arrays.stream(values()).filter((section) -> section.anchor.equals(anchor)).findFirst();
	}

}
