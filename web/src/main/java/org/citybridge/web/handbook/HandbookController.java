package org.citybridge.web.handbook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.web.language.Texts;
import org.citybridge.web.practice.ApiAddress;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.client.RestClient;

/**
 * Handbooks assembled from practices and studies (the Handboek KleurRijk Almelo): the list, a handbook's editions,
 * an edition's text in the page, and its PDF in the reader's language.
 */
@Controller
class HandbookController {

    private final RestClient api;
    private final ApiAddress address;
    private final Texts texts;

    HandbookController(RestClient gatewayApi, ApiAddress address, Texts texts) {
        this.api = gatewayApi;
        this.address = address;
        this.texts = texts;
    }

    record Handbook(String id, String municipality, String title, String description, String visibility,
            List<EditionSummary> editions, Instant createdAt) {

        Handbook {
            editions = editions == null ? List.of() : editions;
        }
    }

    record Handbooks(List<Handbook> items, long total) {
    }

    record EditionSummary(int number, String state, String title, int chapters, Instant startedAt,
            Instant publishedAt) {
    }

    record Edition(String handbookId, int number, String state, String title, List<Chapter> frozenChapters,
            Instant publishedAt) {

        Edition {
            frozenChapters = frozenChapters == null ? List.of() : frozenChapters;
        }
    }

    record Chapter(int number, String title, String language) {
    }

    @GetMapping("/handbooks")
    String list(Model model) {
        Handbooks handbooks = api.get().uri("/api/handbooks?size=100").retrieve().body(Handbooks.class);
        model.addAttribute("handbooks", handbooks == null || handbooks.items() == null ? List.of() : handbooks.items());
        return "knowledge/handbooks";
    }

    @GetMapping("/handbooks/{id}")
    String handbook(@PathVariable String id, Model model) {
        model.addAttribute("handbook", api.get().uri(address.of("/api/handbooks/{id}", id)).retrieve()
                .body(Handbook.class));
        return "knowledge/handbook";
    }

    @GetMapping("/handbooks/{id}/editions/{number}")
    String edition(@PathVariable String id, @PathVariable int number, Model model) {
        Handbook handbook = api.get().uri(address.of("/api/handbooks/{id}", id)).retrieve().body(Handbook.class);
        Edition edition = api.get().uri(address.of("/api/handbooks/{id}/editions/{number}", id, number)).retrieve()
                .body(Edition.class);
        String html = api.get().uri(address.with("/api/handbooks/{id}/editions/{number}.html",
                Map.of("lang", List.of(texts.reader())), id, number)).accept(MediaType.TEXT_HTML).retrieve()
                .body(String.class);
        Map<String, String> languages = new LinkedHashMap<>();
        edition.frozenChapters().forEach(chapter -> languages.put("chapter-" + chapter.number(), chapter.language()));
        model.addAttribute("handbook", handbook);
        model.addAttribute("edition", edition);
        model.addAttribute("text", HandbookText.inline(html, languages));
        return "knowledge/edition";
    }

    /** The PDF through the pages, in the reader's language: the browser has no token for the API. */
    @GetMapping("/handbooks/{id}/editions/{number}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @PathVariable int number) {
        ResponseEntity<byte[]> pdf = api.get().uri(address.with("/api/handbooks/{id}/editions/{number}.pdf",
                Map.of("lang", List.of(texts.reader())), id, number)).accept(MediaType.APPLICATION_PDF).retrieve()
                .toEntity(byte[].class);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        String disposition = pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null) {
            headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition);
        }
        headers.set("X-Content-Type-Options", "nosniff");
        return ResponseEntity.ok().headers(headers).body(pdf.getBody());
    }
}
