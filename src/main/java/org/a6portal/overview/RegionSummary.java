package org.a6portal.overview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.a6portal.country.Region;
import org.jspecify.annotations.Nullable;

/**
 * An overview's "by region" table: per region ({@link Region}, in its display order, then the countries and groupings
 * of no region), how many records and, where the page has one, a second figure (Parties, expected reductions). Regions
 * with nothing are left out. Built by adding up per-country figures the page's own summary statement read.
 *
 * @param rows the regions with at least one record
 */
public record RegionSummary(List<Row> rows) {

	/** Add up per-country figures by region. */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A region's figures.
	 * @param region the region, {@code null} for countries and groupings of none (the European Union)
	 * @param count records
	 * @param figure the second figure, or {@code null} where the page has none
	 */
	public record Row(@Nullable Region region, long count, @Nullable BigDecimal figure) {

		/** The region's message key: {@code region.<code>} or {@code region.other}. */
		public String messageKey() {
			return (this.region != null) ? "region." + this.region.code() : "region.other";
		}

	}

	/** Adds figures up, region by region. */
	public static final class Builder {

		private final Map<Region, long[]> counts = new EnumMap<>(Region.class);

		private final Map<Region, BigDecimal> figures = new EnumMap<>(Region.class);

		private long otherCount;

		private @Nullable BigDecimal otherFigure;

		private boolean anyFigure;

		/** Count records in a region ({@code null}: no region). */
		public Builder add(@Nullable Region region, long count, @Nullable BigDecimal figure) {
			if (figure != null) {
				this.anyFigure = true;
			}
			if (region == null) {
				this.otherCount += count;
				this.otherFigure = plus(this.otherFigure, figure);
			}
			else {
				this.counts.computeIfAbsent(region, (key) -> new long[1])[0] += count;
				this.figures.compute(region, (key, sum) -> plus(sum, figure));
			}
			return this;
		}

		private static @Nullable BigDecimal plus(@Nullable BigDecimal sum, @Nullable BigDecimal figure) {
			if (figure == null) {
				return sum;
			}
			return (sum == null) ? figure : sum.add(figure);
		}

		public RegionSummary build() {
			List<Row> rows = new ArrayList<>();
			for (Region region : Region.values()) {
				long[] count = this.counts.get(region);
				if (count != null && count[0] > 0) {
					rows.add(new Row(region, count[0], figure(this.figures.get(region))));
				}
			}
			if (this.otherCount > 0) {
				rows.add(new Row(null, this.otherCount, figure(this.otherFigure)));
			}
			return new RegionSummary(List.copyOf(rows));
		}

		private @Nullable BigDecimal figure(@Nullable BigDecimal figure) {
			return (this.anyFigure && figure == null) ? BigDecimal.ZERO : figure;
		}

	}

	/** The sum of the rows' counts. */
	public long total() {
		return this.rows.stream().mapToLong(Row::count).sum();
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

}
