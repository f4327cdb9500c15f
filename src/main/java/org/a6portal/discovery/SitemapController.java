package org.a6portal.discovery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.a6portal.discovery.SitemapEntries.Page;
import org.a6portal.discovery.SitemapWriter.Url;
import org.a6portal.web.PortalAddress;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /sitemap.xml}: the home page, the country index, every country page, every published capacity-building
 * project, cooperative approach, Article 6.4 activity and initial report, and the open-data page, with absolute URLs at the configured public address ({@link PortalAddress}). Nothing under
 * {@code /admin} and no draft.
 */
@Controller
class SitemapController {

	private static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

	private final SitemapEntries entries;

	private final PortalAddress address;

	SitemapController(SitemapEntries entries, PortalAddress address) {
		this.entries = entries;
		this.address = address;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemap() {
		String base = this.address.baseUrl();
		List<Page> countries = this.entries.countries();
		// the home page and the index show every country's counts: they change when any country does
		@Nullable Instant newest = countries.stream().map(Page::lastModified).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
		List<Url> urls = new ArrayList<>();
		urls.add(new Url(base + "/", newest));
		urls.add(new Url(base + "/countries", newest));
		// the comparison's own address: a picker of countries, whose names change with no record
		urls.add(new Url(base + "/compare", null));
		countries.forEach((page) -> urls.add(new Url(base + page.path(), page.lastModified())));
		// a project's page, like every record page, is dated by its content (a seeded one by its source), not the load
		this.entries.records("capacity_building_project", "capacity_building_project", "/capacity-building/")
			.forEach((page) -> urls.add(new Url(base + page.path(), page.lastModified())));
		this.entries.records("cooperative_approach", "cooperative_approach", "/cooperative-approaches/")
			.forEach((page) -> urls.add(new Url(base + page.path(), page.lastModified())));
		this.entries.records("pacm_activity", "pacm_activity", "/pacm-activities/")
			.forEach((page) -> urls.add(new Url(base + page.path(), page.lastModified())));
		this.entries.records("initial_report", "initial_report", "/initial-reports/")
			.forEach((page) -> urls.add(new Url(base + page.path(), page.lastModified())));
		this.entries.records("ndc_target", "ndc_target_set_member", "/ndc-targets/")
			.forEach((page) -> urls.add(new Url(base + page.path(), page.lastModified())));
		urls.add(new Url(base + "/api", null));
		return ResponseEntity.ok().contentType(XML).body(SitemapWriter.write(urls));
	}

}
