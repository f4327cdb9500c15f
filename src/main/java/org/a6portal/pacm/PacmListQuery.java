package org.a6portal.pacm;

import java.util.Arrays;
import java.util.Locale;

import org.a6portal.common.BadRequestException;
import org.a6portal.common.CodedEnum;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor asked of a country's list of Article 6.4 activities, read from the query string: the page (from 1),
 * the sort key and direction, and the stage and form filters. A value the list cannot mean is refused with a message
 * naming what it accepts ({@link InvalidListParameterException}, a 400), never guessed at.
 *
 * @param page the page, from 1
 * @param sort the sort key
 * @param descending the direction
 * @param stage only activities at this stage, or all
 * @param form only activities of this form, or all
 * @param cursor where the page begins or ends, from the previous or next page's link ({@code after} or
 * {@code before}), or {@code null}: the page number alone says which rows the page shows
 */
public record PacmListQuery(int page, Sort sort, boolean descending, @Nullable Stage stage,
		@Nullable ActivityForm form, @Nullable Cursor cursor) {

	public static final int PAGE_SIZE = 50;

	/** Longer values are not echoed back in full. */
	private static final int ECHO = 40;

	/** Digits of an activity's id, as a cursor names it. */
	private static final java.util.regex.Pattern CURSOR = java.util.regex.Pattern.compile("[1-9][0-9]{0,17}");

	public static PacmListQuery parse(@Nullable String page, @Nullable String sort, @Nullable String dir,
			@Nullable String stage, @Nullable String form) {
		return parse(page, sort, dir, stage, form, null, null);
	}

	/**
	 * With a cursor: {@code after} the id of the previous page's last activity (a "next" link), or {@code before}
	 * the id of the next page's first activity (a "previous" link); not both.
	 */
	public static PacmListQuery parse(@Nullable String page, @Nullable String sort, @Nullable String dir,
			@Nullable String stage, @Nullable String form, @Nullable String after, @Nullable String before) {
		Sort key = (blank(sort)) ? Sort.REDUCTIONS : Sort.of(sort);
		boolean descending = (blank(dir)) ? key.descendingByDefault : switch (dir) {
			case "desc" -> true;
			case "asc" -> false;
			default -> throw new InvalidListParameterException("dir", dir);
		};
		return new PacmListQuery(pageNumber(page), key, descending, blank(stage) ? null : code(Stage.class, "stage", stage),
				blank(form) ? null : code(ActivityForm.class, "form", form), cursor(after, before));
	}

	private static @Nullable Cursor cursor(@Nullable String after, @Nullable String before) {
		if (!blank(after) && !blank(before)) {
			throw new InvalidListParameterException("cursor", "after=" + after + "&before=" + before);
		}
		if (!blank(after)) {
			return new Cursor(cursorId("after", after), false);
		}
		if (!blank(before)) {
			return new Cursor(cursorId("before", before), true);
		}
		return null;
	}

	private static long cursorId(String parameter, String value) {
		if (!CURSOR.matcher(value).matches()) {
			throw new InvalidListParameterException(parameter, value);
		}
		return Long.parseLong(value);
	}

	private static int pageNumber(@Nullable String page) {
		if (blank(page)) {
			return 1;
		}
		if (!page.matches("[0-9]{1,6}") || Integer.parseInt(page) < 1) {
			throw new InvalidListParameterException("page", page);
		}
		return Integer.parseInt(page);
	}

	private static <E extends Enum<E> & CodedEnum> E code(Class<E> type, String parameter, String value) {
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.code().equals(value))
			.findFirst()
			.orElseThrow(() -> new InvalidListParameterException(parameter, value));
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	public int offset() {
		return (this.page - 1) * PAGE_SIZE;
	}

	/** The query string of this query at another page: only the parameters that differ from the defaults. */
	public String queryString(int otherPage) {
		StringBuilder query = new StringBuilder();
		if (this.stage != null) {
			query.append("&stage=").append(this.stage.code());
		}
		if (this.form != null) {
			query.append("&form=").append(this.form.code());
		}
		if (this.sort != Sort.REDUCTIONS) {
			query.append("&sort=").append(this.sort.key());
		}
		if (this.descending != this.sort.descendingByDefault) {
			query.append("&dir=").append(this.descending ? "desc" : "asc");
		}
		if (otherPage > 1) {
			query.append("&page=").append(otherPage);
		}
		return (query.isEmpty()) ? "" : "?" + query.substring(1);
	}

	/** The query string of this query at another page, with the cursor that leads there ({@code after} or {@code before}). */
	public String queryString(int otherPage, String cursorParameter, @Nullable Long activityId) {
		String query = queryString(otherPage);
		if (otherPage <= 2 || activityId == null) {
			// the first two pages read at most 50 rows before their own: their plain address is enough
			return query;
		}
		return query + (query.isEmpty() ? "?" : "&") + cursorParameter + "=" + activityId;
	}

	/** Whether the query filters the list. */
	public boolean filtered() {
		return this.stage != null || this.form != null;
	}

	/**
	 * Where a page is in its list, besides its number: next to one of its activities, so that the page's rows are
	 * read from there through the order's index (a keyset seek) instead of walking every row before them. A cursor
	 * that names no activity of the list where the page number puts it is ignored: the page number says which rows.
	 * @param activityId the activity's id
	 * @param before whether the page ends just before that activity (else it begins just after it)
	 */
	public record Cursor(long activityId, boolean before) {
	}

	/** How the list can be sorted: the key in the URL, its order in SQL and its natural direction. */
	public enum Sort {

		REDUCTIONS(HostedActivities.Order.REDUCTIONS, true), TITLE(HostedActivities.Order.TITLE, false),
		APPROVED(HostedActivities.Order.APPROVED, true);

		private final HostedActivities.Order order;

		private final boolean descendingByDefault;

		Sort(HostedActivities.Order order, boolean descendingByDefault) {
			this.order = order;
			this.descendingByDefault = descendingByDefault;
		}

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		HostedActivities.Order order() {
			return this.order;
		}

		public boolean descendingByDefault() {
			return this.descendingByDefault;
		}

		static Sort of(String key) {
			return Arrays.stream(values())
				.filter((sort) -> sort.key().equals(key))
				.findFirst()
				.orElseThrow(() -> new InvalidListParameterException("sort", key));
		}

	}

	/** A page, sort or filter value the list cannot mean: a 400 page saying which values it takes. */
	public static final class InvalidListParameterException extends BadRequestException {

		private final String parameter;

		InvalidListParameterException(String parameter, String value) {
			super("Invalid " + parameter + " '" + value + "'",
					(value.length() > ECHO) ? value.substring(0, ECHO) + "…" : value);
			this.parameter = parameter;
		}

		@Override
		public String messageKey() {
			return "pacm.list.invalid." + this.parameter;
		}

	}

}
