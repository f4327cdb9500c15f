package org.a6portal.overview;

import org.a6portal.common.BadRequestException;

/**
 * Which rows of an overview list a page shows, and how many pages there are. A page past the last (or past
 * {@link #MAX_PAGE_DEPTH}, where only filtering or the API make sense) is a 400 page that says why.
 *
 * @param page the page, from 1
 * @param size rows a page
 * @param total rows matching the filters
 */
public record Pager(int page, int size, long total) {

	/**
	 * How deep a list pages: 200 pages of 50 rows. Past that, a visitor filters, or takes every row from the API or
	 * its CSV file; the limit keeps every page's offset within a short index walk.
	 */
	public static final int MAX_PAGE_DEPTH = 200;

	/** The pager of a request, refused if the page is past the last or too deep. */
	public static Pager of(int page, int size, long total) {
		Pager pager = new Pager(page, size, total);
		if (page > MAX_PAGE_DEPTH) {
			throw new PageTooDeepException(page);
		}
		if (page > pager.pages()) {
			throw new NoSuchPageException(page, pager.pages());
		}
		return pager;
	}

	public long offset() {
		return (long) (this.page - 1) * this.size;
	}

	/** The number of pages, at least 1 (an empty list has one, empty, page). */
	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	/** The pages a visitor can reach, {@link #MAX_PAGE_DEPTH} at most. */
	public int reachablePages() {
		return Math.min(pages(), MAX_PAGE_DEPTH);
	}

	/** The first row shown, from 1, 0 for none. */
	public long first() {
		return (this.total == 0) ? 0 : offset() + 1;
	}

	/** The last row shown. */
	public long last() {
		return Math.min(this.total, offset() + this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < reachablePages();
	}

	/** Whether there are rows past the pages a visitor can reach. */
	public boolean truncated() {
		return pages() > MAX_PAGE_DEPTH;
	}

	/** A page number past the list's last page: a 400 that says how many pages there are. */
	static final class NoSuchPageException extends BadRequestException {

		NoSuchPageException(int page, int pages) {
			super("No page " + page + " of " + pages, String.valueOf(pages));
		}

		@Override
		public String messageKey() {
			return "overview.invalid.pageBeyond";
		}

	}

	/** A page past {@link #MAX_PAGE_DEPTH}: a 400 that says to filter or use the API. */
	static final class PageTooDeepException extends BadRequestException {

		PageTooDeepException(int page) {
			super("Page " + page + " is past page " + MAX_PAGE_DEPTH, String.valueOf(page));
		}

		@Override
		public String messageKey() {
			return "overview.invalid.pageTooDeep";
		}

	}

}
