package org.citybridge.organisations.organisation.logo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SvgSanitiserTest {

    @Test
    void removesEverythingThatCouldRunOrLoadSomethingAndKeepsTheDrawing() {
        String clean = sanitise(LogoSamples.EVIL_SVG);

        assertThat(clean).doesNotContain("script").doesNotContain("onload").doesNotContain("onclick")
                .doesNotContain("alert").doesNotContain("javascript").doesNotContain("foreignObject")
                .doesNotContain("xhtml").doesNotContain("tracker.example").doesNotContain("<set")
                .doesNotContain("comment");
        assertThat(clean).contains("<circle").contains("fill=\"url(#g)\"").contains("style=\"fill:red\"")
                .contains("<linearGradient").contains("<svg");
    }

    @Test
    void refusesDocumentTypeDefinitionsWithEntities() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&secret;</text></svg>
                """;
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>
                """;

        assertThat(SvgSanitiser.sanitise(xxe.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(SvgSanitiser.sanitise(laughs.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void acceptsThePlainSvgDoctypeOlderEditorsWrite() {
        String withDoctype = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
                <svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>
                """;

        assertThat(sanitise(withDoctype)).contains("<rect").doesNotContain("DOCTYPE");
    }

    @Test
    void keepsEmbeddedRasterImagesButNoOtherDataUrls() {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg">
                  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
                  <image href="data:text/html;base64,PHNjcmlwdD4=" width="1" height="1"/>
                  <style>rect { fill: url(#g) }</style>
                  <style>@import url(https://evil.example/x.css);</style>
                </svg>
                """;

        String clean = sanitise(svg);

        assertThat(clean).contains("data:image/png;base64,iVBORw0KGgo=").doesNotContain("text/html")
                .contains("rect { fill: url(#g) }").doesNotContain("evil.example");
    }

    @Test
    void dropsProcessingInstructionsAndCommentsAtEveryLevel() {
        String svg = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?xml-stylesheet type="text/xsl" href="javascript:alert(document.domain)"?>
                <?xml-stylesheet type="text/css" href="https://evil.example/steal.css"?>
                <!-- before the root -->
                <svg xmlns="http://www.w3.org/2000/svg">
                  <?xml-stylesheet href="javascript:alert(2)"?>
                  <g><?php echo 1 ?><rect width="1" height="1"/><!-- inside --></g>
                </svg>
                <!-- after the root --><?xml-stylesheet href="data:text/css,x"?>
                """;

        String clean = sanitise(svg);

        assertThat(clean).doesNotContain("<?xml-stylesheet").doesNotContain("<?php").doesNotContain("javascript")
                .doesNotContain("evil.example").doesNotContain("data:").doesNotContain("<!--")
                .doesNotContain("root").doesNotContain("inside");
        assertThat(clean).contains("<rect").contains("<svg").contains("<g>");
    }

    /** Each value that could run or load something goes, with only its own attribute; the rest stays. */
    @ParameterizedTest
    @ValueSource(strings = {
        "fill=\"javascript:alert(1)\"",
        "fill=\" JaVa\tScRiPt:alert(1)\"",
        "fill=\"vbscript:msgbox(1)\"",
        "fill=\"data:image/svg+xml;base64,PHN2Zz4=\"",
        "fill=\"url(http://evil.example/x.svg#p)\"",
        "fill=\"url( 'https://evil.example/x' )\"",
        "filter=\"url(&quot;//evil.example/f&quot;)\"",
        "style=\"fill:url(https://evil.example/x)\"",
        "style=\"background:expression(alert(1))\"",
        "style=\"@import 'https://evil.example/x.css'\"",
        "href=\"javascript:alert(1)\"",
        "href=\"https://evil.example/\"",
        "xlink:href=\"data:text/html,x\"",
        "onload=\"alert(1)\"",
        "ONCLICK=\"alert(1)\"",
        "inkscape:label=\"javascript:1\"",
    })
    void dropsAnAttributeThatCouldRunOrLoadSomething(String attribute) {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\">"
                + "<rect id=\"kept\" width=\"1\" height=\"1\" " + attribute + "/></svg>";

        String clean = sanitise(svg);
        String rect = clean.substring(clean.indexOf("<rect"));

        assertThat(rect).contains("id=\"kept\"").contains("width=\"1\"")
                .doesNotContain(attribute.substring(0, attribute.indexOf('=') + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fill=\"url(#g)\"", "fill=\"url( '#g' )\"", "style=\"fill:red;stroke:url(#g)\"",
        "href=\"#g\"", "xml:space=\"preserve\"", "transform=\"rotate(45)\""})
    void keepsAttributesThatOnlyDrawOrPointInsideTheDocument(String attribute) {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" " + attribute + "/></svg>";

        assertThat(sanitise(svg)).contains(attribute);
    }

    @Test
    void theRootMustBeSvg() {
        assertThat(SvgSanitiser.sanitise("<html/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(SvgSanitiser.sanitise("<x:svg xmlns:x='urn:other'/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    private static String sanitise(String svg) {
        return new String(SvgSanitiser.sanitise(svg.getBytes(StandardCharsets.UTF_8)).orElseThrow(),
                StandardCharsets.UTF_8);
    }
}
