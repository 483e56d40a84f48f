package org.citybridge.organisations.organisation.logo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Makes an uploaded SVG safe to serve: a whitelist of drawing elements (no script, no foreignObject,
 * no links, no animation that could set an attribute), no event handler attributes, no references
 * outside the document except embedded PNG/JPEG images, no {@code javascript:} anywhere. The parser
 * reads no DTD and resolves no entity, so an upload cannot make it fetch or expand anything. What is
 * served is additionally locked down by Content-Security-Policy (see LogoController): this is the
 * second line, for places that show the SVG without our headers (an {@code <img>} copy, a PDF).
 */
final class SvgSanitiser {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "symbol", "use", "title", "desc",
            "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
            "linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern", "marker", "image", "style",
            "filter", "feGaussianBlur", "feOffset", "feBlend", "feColorMatrix", "feFlood", "feComposite", "feMerge",
            "feMergeNode", "feMorphology", "feDropShadow");

    /** A DOCTYPE that only names the SVG DTD (as older editors write) carries nothing; one with a subset is refused. */
    private static final Pattern PLAIN_DOCTYPE = Pattern.compile("<!DOCTYPE\\s+svg\\b[^\\[>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMBEDDED_RASTER = Pattern.compile("data:image/(png|jpeg);base64,[A-Za-z0-9+/=\\s]*");
    private static final Pattern UNSAFE_VALUE = Pattern.compile("javascript:|vbscript:|data:|expression\\(|@import");
    // Possessive, so that a quoted internal reference (url('#g')) cannot match by leaving its quote out.
    private static final Pattern EXTERNAL_URL = Pattern.compile("url\\(\\s*+['\"]?+(?!#)");
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\u0000-\\u001f]+");

    private SvgSanitiser() {
    }

    /** The sanitised SVG, or empty when the content is not an XML document with an {@code <svg>} root. */
    static Optional<byte[]> sanitise(byte[] upload) {
        Document document = parse(upload);
        if (document == null) {
            return Optional.empty();
        }
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !isSvgNamespace(root.getNamespaceURI())) {
            return Optional.empty();
        }
        dropEverythingBeside(root);
        clean(root);
        return Optional.of(serialise(document));
    }

    private static Document parse(byte[] upload) {
        // ISO-8859-1 maps each byte to one char and back, so whatever the document's own encoding, only
        // the DOCTYPE (plain ASCII) is cut out and every other byte reaches the parser unchanged.
        String bytes = new String(upload, StandardCharsets.ISO_8859_1);
        String start = bytes.startsWith("\u00EF\u00BB\u00BF") ? bytes.substring(3) : bytes;
        if (!start.stripLeading().startsWith("<")) {
            return null;
        }
        byte[] withoutDoctype = PLAIN_DOCTYPE.matcher(bytes).replaceFirst("").getBytes(StandardCharsets.ISO_8859_1);
        try {
            return hardenedBuilder().parse(new ByteArrayInputStream(withoutDoctype));
        } catch (SAXException | IOException e) {
            return null;
        }
    }

    private static DocumentBuilder hardenedBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not resolved");
            });
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be hardened", e);
        }
    }

    /**
     * The root's siblings are processing instructions and comments: {@code <?xml-stylesheet href=...?>}
     * would make a browser load a stylesheet (or run {@code javascript:}) before the drawing.
     */
    private static void dropEverythingBeside(Element root) {
        Document document = root.getOwnerDocument();
        List<Node> siblings = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node != root) {
                siblings.add(node);
            }
        }
        siblings.forEach(document::removeChild);
    }

    private static void clean(Element element) {
        cleanAttributes(element);
        List<Node> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        for (Node child : children) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    Element childElement = (Element) child;
                    if (isAllowed(childElement)) {
                        clean(childElement);
                    } else {
                        element.removeChild(child);
                    }
                }
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                    if ("style".equals(element.getLocalName()) && !isSafeStyle(child.getNodeValue())) {
                        element.removeChild(child);
                    }
                }
                default -> element.removeChild(child); // comments, processing instructions
            }
        }
    }

    private static boolean isAllowed(Element element) {
        return isSvgNamespace(element.getNamespaceURI()) && ELEMENTS.contains(element.getLocalName());
    }

    private static void cleanAttributes(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> unsafe = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!isSafe(element, attribute)) {
                unsafe.add(attribute);
            }
        }
        unsafe.forEach(element::removeAttributeNode);
    }

    private static boolean isSafe(Element element, Attr attribute) {
        String namespace = attribute.getNamespaceURI();
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        String value = INVISIBLE.matcher(attribute.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
        if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)) {
            return true;
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
            return false;
        }
        if ("href".equals(name) && (namespace == null || XLINK_NS.equals(namespace))) {
            return value.startsWith("#")
                    || ("image".equals(element.getLocalName()) && EMBEDDED_RASTER.matcher(attribute.getValue()).matches());
        }
        if (namespace != null && !XMLConstants.XML_NS_URI.equals(namespace)) {
            return false; // editor metadata (inkscape:, sodipodi:) and anything unknown
        }
        return !UNSAFE_VALUE.matcher(value).find() && !EXTERNAL_URL.matcher(value).find();
    }

    private static boolean isSafeStyle(String css) {
        String value = INVISIBLE.matcher(css).replaceAll("").toLowerCase(Locale.ROOT);
        return !UNSAFE_VALUE.matcher(value).find() && !EXTERNAL_URL.matcher(value).find();
    }

    private static boolean isSvgNamespace(String namespace) {
        return namespace == null || SVG_NS.equals(namespace);
    }

    private static byte[] serialise(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Could not write the sanitised SVG", e);
        }
    }
}
