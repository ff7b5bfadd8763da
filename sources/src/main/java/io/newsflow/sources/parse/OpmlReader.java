package io.newsflow.sources.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * OPML 1.0/2.0 through the JDK's DOM parser, hardened: secure processing, DOCTYPE disallowed, no external
 * entities or DTDs, no XInclude. Rome 2.1 no longer ships its OPML module, and OPML is simple enough for
 * a DOM walk: every {@code outline} at any depth counts.
 */
public final class OpmlReader {

    private OpmlReader() {
    }

    public static OpmlDocument read(byte[] body, ParseLimits limits) {
        if (body.length > limits.maxDocumentBytes()) {
            throw new MalformedSourceException("OPML of " + body.length + " bytes exceeds the limit of "
                    + limits.maxDocumentBytes());
        }
        Document document = parse(XmlGuard.sanitize(body));
        if (!"opml".equalsIgnoreCase(document.getDocumentElement().getNodeName())) {
            throw new MalformedSourceException("not an OPML document: root element <"
                    + document.getDocumentElement().getNodeName() + ">");
        }
        List<OpmlDocument.Feed> feeds = new ArrayList<>();
        List<String> links = new ArrayList<>();
        NodeList outlines = document.getElementsByTagName("outline");
        int read = 0;
        for (int i = 0; i < outlines.getLength() && read < limits.maxEntries(); i++) {
            Element outline = (Element) outlines.item(i);
            String xmlUrl = attribute(outline, "xmlUrl");
            if (xmlUrl != null) {
                String title = attribute(outline, "title");
                feeds.add(new OpmlDocument.Feed(xmlUrl, title != null ? title : attribute(outline, "text"),
                        attribute(outline, "type")));
                read++;
            } else if ("link".equalsIgnoreCase(attribute(outline, "type")) && attribute(outline, "url") != null) {
                links.add(attribute(outline, "url"));
                read++;
            }
        }
        NodeList titles = document.getElementsByTagName("title");
        String title = titles.getLength() > 0 ? titles.item(0).getTextContent().strip() : null;
        return new OpmlDocument(title == null || title.isEmpty() ? null : title, feeds, links,
                read == limits.maxEntries() && outlines.getLength() > read);
    }

    private static Document parse(byte[] body) {
        try {
            return builder().parse(new ByteArrayInputStream(body));
        } catch (SAXException | IOException e) {
            throw new MalformedSourceException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);   // errors are thrown, not printed to stderr
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    private static String attribute(Element element, String name) {
        String value = element.getAttribute(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
