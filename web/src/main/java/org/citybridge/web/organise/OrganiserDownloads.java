package org.citybridge.web.organise;

import org.citybridge.web.language.Texts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.client.RestClient;

/**
 * The attendee list (CSV) and the badge sheets (PDF) at web paths: the API needs the organiser's token, which only
 * this process holds, so a plain link in the browser could not fetch them.
 */
@Controller
class OrganiserDownloads {

    private final RestClient api;
    private final Texts texts;

    OrganiserDownloads(RestClient gatewayApi, Texts texts) {
        this.api = gatewayApi;
        this.texts = texts;
    }

    @GetMapping("/organise/congresses/{id}/attendees.csv")
    ResponseEntity<byte[]> attendees(@PathVariable String id) {
        return passOn(api.get().uri("/api/congresses/{id}/attendees.csv", id).retrieve().toEntity(byte[].class),
                "attachment; filename=\"attendees-" + safe(id) + ".csv\"");
    }

    @GetMapping("/organise/congresses/{id}/badges.pdf")
    ResponseEntity<byte[]> badges(@PathVariable String id) {
        return passOn(api.get().uri("/api/congresses/{id}/badges.pdf?lang={lang}", id, texts.reader()).retrieve()
                .toEntity(byte[].class), "inline; filename=\"badges-" + safe(id) + ".pdf\"");
    }

    private static ResponseEntity<byte[]> passOn(ResponseEntity<byte[]> answer, String fallbackDisposition) {
        String disposition = answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        return ResponseEntity.ok()
                .contentType(answer.getHeaders().getContentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition != null ? disposition : fallbackDisposition)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(answer.getBody());
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "");
    }
}
