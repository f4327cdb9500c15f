package org.a6portal.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The geometry of a column chart drawn as SVG by the template: one slot per period, from the first to the last with a
 * figure (empty periods in between stay, so time reads evenly), one bar per series in each slot, a value axis with
 * round steps. Sizes are in pixels of the SVG's own box: the chart keeps its size and scrolls sideways on a narrow
 * screen rather than shrink its text (print scales it to the page).
 *
 * @param width the SVG's width
 * @param height the SVG's height
 * @param ticks the value axis's lines
 * @param slots the periods, in order
 */
public record BarChart(int width, int height, List<Tick> ticks, List<Slot> slots) {

	static final int LEFT = 52;

	static final int RIGHT = 12;

	static final int TOP = 28;

	static final int PLOT_HEIGHT = 180;

	static final int BOTTOM = 46;

	static final int BAR_WIDTH_SINGLE = 24;

	static final int BAR_WIDTH_PAIR = 15;

	static final int SLOT_WIDTH = 44;

	static final int MIN_WIDTH = 200;

	/** The chart of the given series over the periods from {@code first} to {@code last}. */
	static BarChart of(Period first, Period last, List<String> series, Map<String, Map<Period, Long>> values) {
		long max = 0;
		for (Map<Period, Long> counts : values.values()) {
			for (long value : counts.values()) {
				max = Math.max(max, value);
			}
		}
		long step = step(max);
		long top = Math.max(step, ((max + step - 1) / step) * step);
		List<Tick> ticks = new ArrayList<>();
		for (long value = 0; value <= top; value += step) {
			ticks.add(new Tick(y(value, top), value));
		}
		List<Slot> slots = new ArrayList<>();
		int barWidth = (series.size() == 1) ? BAR_WIDTH_SINGLE : BAR_WIDTH_PAIR;
		int groupWidth = barWidth * series.size() + 2 * (series.size() - 1);
		int index = 0;
		for (Period period = first; period.compareTo(last) <= 0; period = period.next(), index++) {
			double left = LEFT + index * SLOT_WIDTH + (SLOT_WIDTH - groupWidth) / 2.0;
			List<Bar> bars = new ArrayList<>();
			for (int s = 0; s < series.size(); s++) {
				long value = values.getOrDefault(series.get(s), Map.of()).getOrDefault(period, 0L);
				double y = y(value, top);
				// a figure above zero is never drawn thinner than a pixel
				double barHeight = (value > 0) ? Math.max(1, TOP + PLOT_HEIGHT - y) : 0;
				bars.add(new Bar(series.get(s), value, left + s * (barWidth + 2), TOP + PLOT_HEIGHT - barHeight, barWidth,
						barHeight));
			}
			slots.add(new Slot(period, LEFT + index * SLOT_WIDTH + SLOT_WIDTH / 2.0, index == 0 || period.quarter() <= 1,
					bars));
		}
		// never narrower than the value axis's title needs
		return new BarChart(Math.max(MIN_WIDTH, LEFT + slots.size() * SLOT_WIDTH + RIGHT), TOP + PLOT_HEIGHT + BOTTOM, ticks,
				slots);
	}

	/** A round step (1, 2 or 5 times a power of ten) giving at most five lines up to {@code max}. */
	static long step(long max) {
		long power = 1;
		while (true) {
			for (long factor : new long[] { 1, 2, 5 }) {
				if (power * factor * 5 >= max) {
					return power * factor;
				}
			}
			power *= 10;
		}
	}

	private static double y(long value, long top) {
		return TOP + PLOT_HEIGHT - (double) value * PLOT_HEIGHT / top;
	}

	public int plotLeft() {
		return LEFT;
	}

	public int plotRight() {
		return this.width - RIGHT;
	}

	public int plotBottom() {
		return TOP + PLOT_HEIGHT;
	}

	/** Where the value axis's title sits, above its top line. */
	public int axisTitleY() {
		return TOP - 14;
	}

	/** Where a slot's first label line sits. */
	public int labelY() {
		return TOP + PLOT_HEIGHT + 18;
	}

	/** Where a slot's second label line (a quarter's year) sits. */
	public int yearY() {
		return TOP + PLOT_HEIGHT + 36;
	}

	/**
	 * A line of the value axis.
	 * @param y where it is drawn
	 * @param value what it marks
	 */
	public record Tick(double y, long value) {
	}

	/**
	 * A period's place on the chart.
	 * @param period the year or quarter
	 * @param centre the middle of its slot, across
	 * @param labelYear whether a quarter's year is written under it (the first slot and each first quarter)
	 * @param bars one per series
	 */
	public record Slot(Period period, double centre, boolean labelYear, List<Bar> bars) {
	}

	/**
	 * One figure drawn.
	 * @param series the series it belongs to (its CSS class)
	 * @param value the figure
	 * @param x left edge
	 * @param y top edge
	 * @param width width
	 * @param height height
	 */
	public record Bar(String series, long value, double x, double y, double width, double height) {
	}

}
