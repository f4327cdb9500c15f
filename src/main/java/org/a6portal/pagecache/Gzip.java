package org.a6portal.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * Gzip for the page cache: which responses are worth compressing, compressing them once when they are stored, and
 * whether a client's {@code Accept-Encoding} takes gzip (q-values honoured: {@code gzip;q=0} refuses it, {@code *}
 * accepts it unless gzip is refused by name).
 */
final class Gzip {

	/** Smaller bodies go out as they are: the saving would not pay for the header and the client's work. */
	static final int MINIMUM_SIZE = 1024;

	private static final List<String> COMPRESSIBLE = List.of("text/html", "text/css", "text/csv", "text/plain",
			"text/xml", "text/javascript", "application/json", "application/problem+json", "application/xml",
			"application/atom+xml", "application/javascript", "image/svg+xml");

	private Gzip() {
	}

	/** Whether a body of this type and size is stored compressed too. */
	static boolean worthIt(@Nullable String contentType, int size) {
		if (contentType == null || size < MINIMUM_SIZE) {
			return false;
		}
		String type = contentType.toLowerCase(Locale.ROOT);
		int semicolon = type.indexOf(';');
		String bare = ((semicolon >= 0) ? type.substring(0, semicolon) : type).strip();
		return COMPRESSIBLE.contains(bare);
	}

	static byte[] compress(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Whether the request's Accept-Encoding headers accept gzip. */
	static boolean accepted(Enumeration<String> acceptEncoding) {
		float gzip = -1;
		float any = -1;
		while (acceptEncoding.hasMoreElements()) {
			for (String coding : acceptEncoding.nextElement().split(",")) {
				String[] parts = coding.split(";");
				String name = parts[0].strip().toLowerCase(Locale.ROOT);
				float quality = quality(parts);
				if (name.equals("gzip") || name.equals("x-gzip")) {
					gzip = Math.max(gzip, quality);
				}
				else if (name.equals("*")) {
					any = Math.max(any, quality);
				}
			}
		}
		return (gzip >= 0) ? gzip > 0 : any > 0;
	}

	private static float quality(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].strip();
			if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
					&& parameter.charAt(1) == '=') {
				try {
					float quality = Float.parseFloat(parameter.substring(2).strip());
					return (quality >= 0 && quality <= 1) ? quality : 0;
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

}
