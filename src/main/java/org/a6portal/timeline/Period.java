package org.a6portal.timeline;

import java.time.LocalDate;

/**
 * A year ({@code quarter} 0) or one of its quarters (1 to 4): a column of a timeline. Its label is written in the
 * visitor's language by the template ({@code timelines.quarter}: "Q1 2025", "T1 2025").
 *
 * @param year the year
 * @param quarter 1 to 4, or 0 for the whole year
 */
public record Period(int year, int quarter) implements Comparable<Period> {

	static Period yearOf(LocalDate date) {
		return new Period(date.getYear(), 0);
	}

	static Period quarterOf(LocalDate date) {
		return new Period(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
	}

	/** The message that writes it: {@code timelines.quarter} or {@code timelines.year}, both of (year, quarter). */
	public String labelKey() {
		return hasQuarter() ? "timelines.quarter" : "timelines.year";
	}

	public boolean hasQuarter() {
		return this.quarter > 0;
	}

	/** The year as text, never grouped ("2025", not "2,025"). */
	public String yearText() {
		return Integer.toString(this.year);
	}

	Period next() {
		if (!hasQuarter()) {
			return new Period(this.year + 1, 0);
		}
		return (this.quarter == 4) ? new Period(this.year + 1, 1) : new Period(this.year, this.quarter + 1);
	}

	@Override
	public int compareTo(Period other) {
		return Integer.compare(this.year * 5 + this.quarter, other.year * 5 + other.quarter);
	}

}
