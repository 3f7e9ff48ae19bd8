package dev.palimpsest.web.feed;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one Atom 1.0 document (RFC 4287) with the JDK's XML writer, which escapes every text and
 * attribute; characters XML 1.0 cannot hold (control characters that article text may carry) are
 * dropped. Entry ids are stable {@code urn:uuid:} names derived from version ids, so a reader never
 * sees an entry twice. Text constructs are {@code type="text"}: no markup from articles ever reaches a
 * feed reader as markup.
 */
final class AtomWriter {

    static final String NS = "http://www.w3.org/2005/Atom";

    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter xml;

    AtomWriter(String id, String title, String selfUrl, String htmlUrl, Instant updated) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("utf-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "feed");
            xml.writeDefaultNamespace(NS);
            element("id", id);
            element("title", title);
            element("updated", time(updated));
            link("self", "application/atom+xml", selfUrl);
            link("alternate", "text/html", htmlUrl);
            xml.writeStartElement(NS, "author");
            element("name", "Palimpsest");
            xml.writeEndElement();
            xml.writeStartElement(NS, "generator");
            xml.writeCharacters("Palimpsest");
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Atom", e);
        }
    }

    /** A stable {@code urn:uuid:} for a name ("version:0123456789abcdef"). */
    static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("palimpsest:" + name).getBytes(StandardCharsets.UTF_8));
    }

    void entry(String id, String title, Instant updated, String htmlUrl, String summary, Optional<String> category) {
        try {
            xml.writeStartElement(NS, "entry");
            element("id", id);
            element("title", title);
            element("updated", time(updated));
            link("alternate", "text/html", htmlUrl);
            if (category.isPresent()) {
                xml.writeEmptyElement(NS, "category");
                xml.writeAttribute("term", clean(category.get()));
            }
            xml.writeStartElement(NS, "summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(clean(summary));
            xml.writeEndElement();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Atom", e);
        }
    }

    String finish() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Atom", e);
        }
        return buffer.toString();
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private void link(String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement(NS, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", clean(href));
    }

    private static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Drops what XML 1.0 cannot carry: controls other than tab and newlines, lone surrogates, U+FFFE/FFFF. */
    static String clean(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (sb != null) {
                        sb.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            } else if (ok && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
