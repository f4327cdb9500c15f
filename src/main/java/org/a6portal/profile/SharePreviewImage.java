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
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
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
			g.setFont(fitted(g, heading, Font.BOLD, 84, WIDTH - 120));
			g.drawString(heading, 60, 235);
			g.setColor(SOFT);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 32));
			int y = 300;
			for (String wrapped : wrap(g.getFontMetrics(), line, WIDTH - 120, 2)) {
				g.drawString(wrapped, 60, y);
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

	private static Font fitted(Graphics2D g, String text, int style, int size, int width) {
		Font font = new Font(Font.SANS_SERIF, style, size);
		while (g.getFontMetrics(font).stringWidth(text) > width && font.getSize() > 36) {
			font = font.deriveFont((float) font.getSize() - 4);
		}
		return font;
	}

	private static List<String> wrap(FontMetrics metrics, String text, int width, int maxLines) {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : text.split("\\s+")) {
			String candidate = current.isEmpty() ? word : current + " " + word;
			if (metrics.stringWidth(candidate) > width && !current.isEmpty()) {
				lines.add(current.toString());
				current = new StringBuilder(word);
			}
			else {
				current = new StringBuilder(candidate);
			}
		}
		if (!current.isEmpty()) {
			lines.add(current.toString());
		}
		if (lines.size() > maxLines) {
			List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
			cut.set(maxLines - 1, cut.get(maxLines - 1) + "…");
			return cut;
		}
		return lines;
	}

	/**
	 * @param value the number, as shown
	 * @param label what it counts
	 */
	record Figure(String value, String label) {
	}

}
