package org.a6portal.api;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The page a list request asks for: {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE}. A page beyond
 * the last one is an error (400), not an empty page, so a client that pages with a stale total finds out.
 *
 * @param page the page's number, from 0
 * @param size the most items on the page
 */
public record Paging(int page, int size) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 200;

	/**
	 * The most items a list may skip: the database reads the offset as an {@code int}, and no list comes near it.
	 * A page beyond it is refused before any query, rather than overflowing into a negative offset.
	 */
	static final long MAX_OFFSET = Integer.MAX_VALUE;

	public static Paging of(int page, int size) {
		if (page < 0) {
			throw new InvalidParameterException("page", Integer.toString(page),
					"page must be 0 or more (pages are numbered from 0), not " + page + ".");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidParameterException("size", Integer.toString(size),
					"size must be between 1 and " + MAX_SIZE + ", not " + size + ".");
		}
		if ((long) page * size > MAX_OFFSET) {
			throw new InvalidParameterException("page", Integer.toString(page), "page " + page
					+ " is beyond the last page of any list: with size " + size + ", page must be at most "
					+ (MAX_OFFSET / size) + " (pages are numbered from 0).");
		}
		return new Paging(page, size);
	}

	public Pageable pageable() {
		return PageRequest.of(this.page, this.size);
	}

	/**
	 * The page of representations of a query's result.
	 * @throws InvalidParameterException if the page asked for lies beyond the last page
	 */
	public <E, T> PagedList<T> list(Page<E> result, Function<List<E>, List<T>> represent) {
		checkWithin(result);
		return new PagedList<>(represent.apply(result.getContent()), metadata(result));
	}

	/** Fails if the page asked for lies beyond the last page of the result (page 0 always exists, even empty). */
	public void checkWithin(Page<?> result) {
		if (this.page > 0 && this.page >= result.getTotalPages()) {
			int last = Math.max(result.getTotalPages() - 1, 0);
			throw new InvalidParameterException("page", Integer.toString(this.page), "page " + this.page
					+ " is beyond the last page (" + last + "): " + result.getTotalElements() + " items match, "
					+ this.size + " per page, pages are numbered from 0.");
		}
	}

	public PageMetadata metadata(Page<?> result) {
		return new PageMetadata(this.page, this.size, result.getTotalElements(), result.getTotalPages());
	}

}
