package org.a6portal.profile;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws the 1200×630 PNG that link previews (Open Graph, Twitter cards) show: the portal's name, a heading, a line
 * of text and up to three figures. Plain Java 2D, no template, no browser.
 */
final class SharePreviewImage {

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	/** The left and right margin of the text. */
	static final int MARGIN = 60;

	/** How wide a line of heading or text may be. */
	static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;

	private static final Color BRAND = new Color(0x0b4f6c);

	private static final Color ACCENT = new Color(0x9ee6c1);

	private static final Color INK = new Color(0x1b2630);

	private static final Color SOFT = new Color(0x4a5866);

	private SharePreviewImage() {
	}

	/**
	 * @param brand the portal's name, in the top band
	 * @param heading the country's name (or the portal's promise)
	 * @param line one line under the heading
	 * @param figures up to three (number, label) pairs
	 */
	static byte[] render(String brand, String heading, String line, List<Figure> figures) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = graphics(image);
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setColor(BRAND);
			g.fillRect(0, 0, WIDTH, 110);
			g.setColor(ACCENT);
			g.setStroke(new BasicStroke(6f));
			g.drawPolygon(new int[] { 60, 90, 120 }, new int[] { 80, 30, 80 }, 3);
			g.setColor(Color.WHITE);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
			g.drawString(brand, 150, 68);
			g.setColor(INK);
			Heading fitted = heading(g, heading);
			g.setFont(fitted.font());
			int baseline = (fitted.lines().size() == 1) ? 235 : 200;
			for (String headingLine : fitted.lines()) {
				g.drawString(headingLine, MARGIN, baseline);
				baseline += g.getFontMetrics().getHeight();
			}
			g.setColor(SOFT);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 32));
			// under a heading of two lines, the line of text moves down by as much as the second line needs
			int y = (fitted.lines().size() == 1) ? 300 : baseline - g.getFontMetrics(fitted.font()).getHeight() + 60;
			for (String wrapped : wrap(g.getFontMetrics(), line, TEXT_WIDTH, 2)) {
				g.drawString(wrapped, MARGIN, y);
				y += 44;
			}
			int x = 60;
			for (Figure figure : figures.subList(0, Math.min(3, figures.size()))) {
				g.setColor(BRAND);
				g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 72));
				g.drawString(figure.value(), x, 500);
				g.setColor(SOFT);
				g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
				g.drawString(figure.label(), x, 545);
				x += 360;
			}
			g.setColor(BRAND);
			g.fillRect(0, HEIGHT - 16, WIDTH, 16);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	/** The graphics the image is drawn with; measuring text needs the same rendering hints. */
	static Graphics2D graphics(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		return g;
	}

	/**
	 * The heading as drawn: on one line at the largest size from 84 down to 48 points that fits the text width;
	 * else on two lines from 60 down to 36 points; else on two lines at 36 points, the rest cut with an ellipsis.
	 * No line is wider than {@link #TEXT_WIDTH}, however long the name.
	 */
	static Heading heading(Graphics2D g, String text) {
		for (int size = 84; size >= 48; size -= 4) {
			Font font = new Font(Font.SANS_SERIF, Font.BOLD, size);
			if (g.getFontMetrics(font).stringWidth(text) <= TEXT_WIDTH) {
				return new Heading(font, List.of(text));
			}
		}
		for (int size = 60; size > 36; size -= 4) {
			Font font = new Font(Font.SANS_SERIF, Font.BOLD, size);
			List<String> lines = wrap(g.getFontMetrics(font), text, TEXT_WIDTH, Integer.MAX_VALUE);
			if (lines.size() <= 2) {
				return new Heading(font, lines);
			}
		}
		Font smallest = new Font(Font.SANS_SERIF, Font.BOLD, 36);
		return new Heading(smallest, wrap(g.getFontMetrics(smallest), text, TEXT_WIDTH, 2));
	}

	/**
	 * The text in lines no wider than the width, broken between words (inside a word only when the word alone is
	 * too wide); past the last line allowed, the rest is cut and the last line ends with an ellipsis.
	 */
	static List<String> wrap(FontMetrics metrics, String text, int width, int maxLines) {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			String candidate = current.isEmpty() ? word : current + " " + word;
			if (metrics.stringWidth(candidate) <= width) {
				current = new StringBuilder(candidate);
				continue;
			}
			if (!current.isEmpty()) {
				lines.add(current.toString());
			}
			current = new StringBuilder();
			for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
				String character = new String(Character.toChars(word.codePointAt(i)));
				if (!current.isEmpty() && metrics.stringWidth(current + character) > width) {
					lines.add(current.toString());
					current = new StringBuilder();
				}
				current.append(character);
			}
		}
		if (!current.isEmpty()) {
			lines.add(current.toString());
		}
		if (lines.size() > maxLines) {
			List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
			String last = cut.get(maxLines - 1);
			while (!last.isEmpty() && metrics.stringWidth(last + "…") > width) {
				last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
			}
			cut.set(maxLines - 1, last.strip() + "…");
			return cut;
		}
		return lines;
	}

	/**
	 * @param font the heading's font
	 * @param lines its one or two lines
	 */
	record Heading(Font font, List<String> lines) {
	}

	/**
	 * @param value the number, as shown
	 * @param label what it counts
	 */
	record Figure(String value, String label) {
	}

}
