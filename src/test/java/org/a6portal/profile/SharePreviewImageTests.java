package org.a6portal.profile;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The share preview keeps a country's name inside the image, however long it is.
 */
class SharePreviewImageTests {

	private static final String LONG_NAME = "United Kingdom of Great Britain and Northern Ireland";

	@ParameterizedTest
	@ValueSource(strings = { "Peru", LONG_NAME, "South Georgia and the South Sandwich Islands",
			"Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogochllanfairpwllgwyngyllgogerychwyrndrobwll",
			LONG_NAME + " and the Overseas Territories and Crown Dependencies of " + LONG_NAME })
	void everyLineOfTheHeadingFitsTheTextWidthMeasuredWithTheDrawersOwnMetrics(String name) {
		BufferedImage image = new BufferedImage(SharePreviewImage.WIDTH, SharePreviewImage.HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = SharePreviewImage.graphics(image);
		try {
			SharePreviewImage.Heading heading = SharePreviewImage.heading(g, name);
			FontMetrics metrics = g.getFontMetrics(heading.font());
			assertThat(heading.lines()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
			for (String line : heading.lines()) {
				assertThat(metrics.stringWidth(line)).as(line).isLessThanOrEqualTo(SharePreviewImage.TEXT_WIDTH);
			}
			assertThat(heading.font().getSize()).isGreaterThanOrEqualTo(36);
			assertThat(String.join(" ", heading.lines()).replace("…", "")).isNotBlank();
		}
		finally {
			g.dispose();
		}
	}

	@Test
	void aShortNameStaysOnOneLineAtFullSize() {
		BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = SharePreviewImage.graphics(image);
		SharePreviewImage.Heading heading = SharePreviewImage.heading(g, "Peru");
		g.dispose();
		assertThat(heading.lines()).containsExactly("Peru");
		assertThat(heading.font().getSize()).isEqualTo(84);
	}

	@Test
	void aLongNameLeavesTheRightMarginOfTheDrawnImageBlank() throws IOException {
		byte[] png = SharePreviewImage.render("Article 6 country profiles", LONG_NAME,
				"Article 6 agreements, activities and targets", List.of(new SharePreviewImage.Figure("3", "approaches")));
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(SharePreviewImage.WIDTH);
		int white = Color.WHITE.getRGB();
		// between the top band and the figures, nothing is drawn right of the text width
		for (int x = SharePreviewImage.MARGIN + SharePreviewImage.TEXT_WIDTH + 1; x < SharePreviewImage.WIDTH; x++) {
			for (int y = 111; y < 420; y++) {
				assertThat(image.getRGB(x, y)).as("pixel at %d,%d", x, y).isEqualTo(white);
			}
		}
		// and the heading is drawn: there is ink in its left part
		boolean inked = false;
		for (int x = SharePreviewImage.MARGIN; x < 400 && !inked; x++) {
			for (int y = 130; y < 280 && !inked; y++) {
				inked = image.getRGB(x, y) != white;
			}
		}
		assertThat(inked).isTrue();
	}

}
