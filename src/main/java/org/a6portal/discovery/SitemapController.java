package org.a6portal.discovery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.a6portal.discovery.SitemapEntries.Page;
import org.a6portal.discovery.SitemapWriter.Url;
import org.a6portal.record.RecordKind;
import org.a6portal.record.RecordKinds;
import org.a6portal.web.PortalAddress;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /sitemap.xml}: the home page, the country index, the overview page of each kind with pages of its own
 * ({@link RecordKind.PublicPage#overview()}), the timelines, every country page,
 * every published record of each kind with pages of its own ({@link RecordKinds#withPages()}), and the open-data
 * page, with absolute URLs at the configured public address ({@link PortalAddress}). Nothing under
 * {@code /admin} and no draft.
 */
@Controller
class SitemapController {

	private static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

	private final SitemapEntries entries;

	private final PortalAddress address;

	private final RecordKinds kinds;

	SitemapController(SitemapEntries entries, PortalAddress address, RecordKinds kinds) {
		this.entries = entries;
		this.address = address;
		this.kinds = kinds;
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
		// the overview pages (issue 14), unfiltered: they show every country's records
		for (RecordKind kind : this.kinds.withPages()) {
			urls.add(new Url(base + Objects.requireNonNull(kind.publicPage()).overview(), newest));
		}
		urls.add(new Url(base + "/timelines", newest));
		// the comparison's own address: a picker of countries, whose names change with no record
		urls.add(new Url(base + "/compare", null));
		countries.forEach((page) -> urls.add(new Url(base + page.path(), page.lastModified())));
		// a project's page, like every record page, is dated by its content (a seeded one by its source), not the load
		for (RecordKind kind : this.kinds.withPages()) {
			RecordKind.PublicPage page = Objects.requireNonNull(kind.publicPage());
			this.entries.records(kind.entityType(), page.table(), page.path())
				.forEach((each) -> urls.add(new Url(base + each.path(), each.lastModified())));
		}
		urls.add(new Url(base + "/api", null));
		return ResponseEntity.ok().contentType(XML).body(SitemapWriter.write(urls));
	}

}
