package org.a6portal.feed;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link AtomFeed} as Atom XML with the JDK's StAX writer, which escapes every text and attribute; text
 * an editor typed is also cleared of the characters XML 1.0 cannot hold, so the document is always well-formed.
 */
final class AtomWriter {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private AtomWriter() {
	}

	static byte[] write(AtomFeed feed) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(feed, out);
		return out.toByteArray();
	}

	static void write(AtomFeed feed, OutputStream out) {
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
			xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "feed");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", feed.language().toLanguageTag());
			element(xml, "id", feed.id());
			element(xml, "title", feed.title());
			element(xml, "updated", timestamp(feed.updated()));
			link(xml, "self", feed.selfUrl(), "application/atom+xml");
			link(xml, "alternate", feed.alternateUrl(), "text/html");
			xml.writeStartElement(NAMESPACE, "author");
			element(xml, "name", feed.author());
			xml.writeEndElement();
			for (AtomFeed.Entry entry : feed.entries()) {
				entry(xml, entry);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the Atom feed " + feed.id(), ex);
		}
	}

	private static void entry(XMLStreamWriter xml, AtomFeed.Entry entry) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, "entry");
		element(xml, "id", entry.id());
		element(xml, "title", entry.title());
		element(xml, "updated", timestamp(entry.updated()));
		link(xml, "alternate", entry.link(), "text/html");
		for (String related : entry.related()) {
			link(xml, "related", related, "text/html");
		}
		xml.writeEmptyElement(NAMESPACE, "category");
		xml.writeAttribute("term", entry.category());
		xml.writeAttribute("label", xmlText(entry.categoryLabel()));
		xml.writeStartElement(NAMESPACE, "summary");
		xml.writeAttribute("type", "text");
		xml.writeCharacters(xmlText(entry.summary()));
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, name);
		xml.writeCharacters(xmlText(text));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement(NAMESPACE, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	/** RFC 3339, in UTC, to the second. */
	static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/** The text without the characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF). */
	static String xmlText(String text) {
		if (text.codePoints().allMatch(AtomWriter::allowedInXml)) {
			return text;
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().filter(AtomWriter::allowedInXml).forEach(clean::appendCodePoint);
		return clean.toString();
	}

	private static boolean allowedInXml(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

}
