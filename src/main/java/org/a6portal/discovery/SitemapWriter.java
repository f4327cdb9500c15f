package org.a6portal.discovery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

/**
 * Writes a sitemap (sitemaps.org protocol 0.9) with the JDK's StAX writer, which escapes every URL.
 */
final class SitemapWriter {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private SitemapWriter() {
	}

	static byte[] write(List<Url> urls) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
			xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "urlset");
			xml.writeDefaultNamespace(NAMESPACE);
			for (Url url : urls) {
				xml.writeStartElement(NAMESPACE, "url");
				element(xml, "loc", url.location());
				Instant lastModified = url.lastModified();
				if (lastModified != null) {
					element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(lastModified.truncatedTo(ChronoUnit.SECONDS)));
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the sitemap", ex);
		}
		return out.toByteArray();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	/**
	 * @param location the page's absolute URL
	 * @param lastModified when it last changed, if known
	 */
	record Url(String location, @Nullable Instant lastModified) {
	}

}
