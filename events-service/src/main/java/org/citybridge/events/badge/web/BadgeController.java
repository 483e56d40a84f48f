package org.citybridge.events.badge.web;

import jakarta.validation.constraints.Size;

import org.citybridge.events.badge.Badge;
import org.citybridge.events.badge.BadgeService;
import org.citybridge.platform.documents.DocumentLabels;
import org.citybridge.platform.documents.DocumentLanguage;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.security.PublicRoute;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.DownloadNames;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's own badge, and the organisers' A4 sheets of every confirmed attendee's badge. A badge is
 * worn by its attendee, so it speaks the attendee's language unless {@code ?lang=} asks for another;
 * the sheets' own few words follow {@code ?lang=}, else the Accept-Language header, else English.
 */
@RestController
@Validated
class BadgeController {

    private final BadgeService badges;

    BadgeController(BadgeService badges) {
        this.badges = badges;
    }

    @GetMapping(value = "/api/registrations/{code}/badge", produces = MediaType.APPLICATION_PDF_VALUE)
    @PublicRoute
    ResponseEntity<byte[]> badge(@PathVariable @Size(max = 64) String code,
            @RequestHeader(name = "X-Registration-Token", required = false) @Size(max = 200) String token,
            @RequestParam(required = false) String lang) {
        DocumentLanguage asked = lang == null ? null : DocumentLanguage.choose(lang, null, DocumentLanguage.EN);
        Badge badge = badges.badgeOf(code, token, asked == null ? null : asked.code());
        DocumentLabels labels = DocumentLabels.in(DocumentLanguage.of(badge.language()).orElse(DocumentLanguage.EN));
        return pdf(BadgePdf.single(badge, labels), DownloadNames.of("badge " + code, "badge", ".pdf"));
    }

    @GetMapping(value = "/api/congresses/{congressId}/badges.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Allowed(Role.ORGANISER)
    ResponseEntity<byte[]> sheets(@PathVariable @Size(max = 64) String congressId,
            @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage, Caller caller) {
        DocumentLabels labels = DocumentLabels.in(DocumentLanguage.choose(lang, acceptLanguage, DocumentLanguage.EN));
        return pdf(BadgePdf.sheets(badges.badgesOf(caller, congressId), labels),
                DownloadNames.of("badges " + congressId, "badges", ".pdf"));
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"").body(body);
    }
}
