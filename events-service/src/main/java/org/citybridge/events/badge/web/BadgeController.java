package org.citybridge.events.badge.web;

import jakarta.validation.constraints.Size;

import org.citybridge.events.badge.BadgeService;
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
import org.springframework.web.bind.annotation.RestController;

/** A person's own badge, and the organisers' A4 sheets of every confirmed attendee's badge. */
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
            @RequestHeader(name = "X-Registration-Token", required = false) @Size(max = 200) String token) {
        return pdf(BadgePdf.single(badges.badgeOf(code, token)), DownloadNames.of("badge " + code, "badge", ".pdf"));
    }

    @GetMapping(value = "/api/congresses/{congressId}/badges.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Allowed(Role.ORGANISER)
    ResponseEntity<byte[]> sheets(@PathVariable @Size(max = 64) String congressId, Caller caller) {
        return pdf(BadgePdf.sheets(badges.badgesOf(caller, congressId)),
                DownloadNames.of("badges " + congressId, "badges", ".pdf"));
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"").body(body);
    }
}
