package org.citybridge.organisations.organisation.logo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

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
    void theRootMustBeSvg() {
        assertThat(SvgSanitiser.sanitise("<html/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(SvgSanitiser.sanitise("<x:svg xmlns:x='urn:other'/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    private static String sanitise(String svg) {
        return new String(SvgSanitiser.sanitise(svg.getBytes(StandardCharsets.UTF_8)).orElseThrow(),
                StandardCharsets.UTF_8);
    }
}
