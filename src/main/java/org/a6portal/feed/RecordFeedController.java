package org.a6portal.feed;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Objects;

import org.a6portal.common.NotFoundException;
import org.a6portal.common.RecordSlug;
import org.a6portal.record.RecordKind;
import org.a6portal.record.RecordKinds;
import org.a6portal.record.RecordPage;
import org.a6portal.web.PortalAddress;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A record's own Atom feed of public changes, beside its page, for every kind whose pages have one
 * ({@link RecordKinds#withFeeds()}): {@code /cooperative-approaches/{slug}/changes.atom},
 * {@code /pacm-activities/{slug}/changes.atom}, {@code /initial-reports/{slug}/changes.atom}. The routes are
 * registered from the kinds at start-up, one handler per kind; each is a record page ({@link RecordPage.Handler}),
 * stamped with the record's own last public change. A draft or unknown slug is a 404, a malformed one a 400.
 */
@Component
class RecordFeedController implements SmartInitializingSingleton {

	private static final Method ATOM = Objects.requireNonNull(
			ReflectionUtils.findMethod(KindFeed.class, "atom", String.class, Locale.class));

	private final ChangeFeeds feeds;

	private final PublicChanges changes;

	private final PortalAddress address;

	private final RecordKinds kinds;

	private final RequestMappingHandlerMapping mappings;

	RecordFeedController(ChangeFeeds feeds, PublicChanges changes, PortalAddress address, RecordKinds kinds,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.feeds = feeds;
		this.changes = changes;
		this.address = address;
		this.kinds = kinds;
		this.mappings = mappings;
	}

	/** Maps each kind's feed route before the server takes requests. */
	@Override
	public void afterSingletonsInstantiated() {
		for (RecordKind kind : this.kinds.withFeeds()) {
			RequestMappingInfo route = RequestMappingInfo.paths(Objects.requireNonNull(kind.publicPage()).feedPattern())
				.methods(RequestMethod.GET)
				.options(this.mappings.getBuilderConfiguration())
				.build();
			this.mappings.registerMapping(route, new KindFeed(kind), ATOM);
		}
	}

	/** The feeds of one kind's records. */
	final class KindFeed implements RecordPage.Handler {

		private final RecordKind kind;

		KindFeed(RecordKind kind) {
			this.kind = kind;
		}

		@Override
		public RecordKind kind() {
			return this.kind;
		}

		ResponseEntity<byte[]> atom(@PathVariable String slug, Locale locale) {
			RecordKind.PublicPage page = Objects.requireNonNull(this.kind.publicPage());
			PublicChanges.FeedRecord record = RecordFeedController.this.changes.record(page.table(), RecordSlug.check(slug));
			if (record == null) {
				throw new NoSuchRecordException(this.kind, slug);
			}
			AtomFeed feed = RecordFeedController.this.feeds.record(this.kind.entityType(), record.id(), slug,
					record.title(), RecordFeedController.this.address.baseUrl(), locale);
			return ResponseEntity.ok().contentType(ChangesFeedController.ATOM).body(AtomWriter.write(feed));
		}

	}

	/** No published record of the kind has the slug in the URL (or it is a draft). */
	static final class NoSuchRecordException extends NotFoundException {

		NoSuchRecordException(RecordKind kind, String slug) {
			super("No published " + kind.entityType() + " '" + slug + "'");
		}

	}

}
