package org.citybridge.events.ticket.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.citybridge.events.ticket.IssuedTicket;
import org.citybridge.events.ticket.QrCodes;
import org.citybridge.events.ticket.Revocation;
import org.citybridge.events.ticket.TicketSecrets;
import org.citybridge.events.ticket.TicketService;
import org.citybridge.events.ticket.TicketService.PublicTicketKey;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.security.PublicRoute;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A registration's ticket for its holder (with the management token, as the registration itself), and
 * what door devices download to check tickets offline: the congress's public keys and revocation list.
 */
@RestController
@Validated
class TicketController {

    static final String TOKEN = "X-Registration-Token";
    /** Big enough for a phone screen held to a scanner; the secret needs about a version-10 QR code. */
    private static final int QR_PIXELS = 400;

    record TicketResponse(String code, String congressId, String ticketId, String secret, List<String> sessionIds,
            Instant validFrom, Instant validUntil, Instant issuedAt, String qrCode) {

        static TicketResponse of(IssuedTicket ticket) {
            return new TicketResponse(ticket.code(), ticket.congressId(), ticket.ticketId(), ticket.secret(),
                    ticket.sessionIds(), ticket.validFrom(), ticket.validUntil(), ticket.issuedAt(),
                    "/api/registrations/" + ticket.code() + "/ticket.png");
        }
    }

    /**
     * @param format how a secret is laid out, for whoever writes a scanner
     */
    record TicketKeysResponse(String congressId, String format, List<PublicTicketKey> keys) {
    }

    record RevocationResponse(String ticketId, String registrationId, String reason, Instant revokedAt) {

        static RevocationResponse of(Revocation revocation) {
            return new RevocationResponse(revocation.ticketId(), revocation.registrationId(), revocation.reason(),
                    revocation.revokedAt());
        }
    }

    private static final String FORMAT = "base64url (no padding) of: version byte " + TicketSecrets.VERSION
            + ", payload length (uint16 BE), signature length (uint16 BE), payload, Ed25519 signature of the payload. "
            + "Payload: Java DataOutput writeUTF ticketId, registrationId, congressId; uint8 session count, writeUTF "
            + "each session id; int64 validFrom and validUntil in epoch seconds (Long.MIN_VALUE: open).";

    private final TicketService tickets;

    TicketController(TicketService tickets) {
        this.tickets = tickets;
    }

    @GetMapping("/api/registrations/{code}/ticket")
    @PublicRoute
    ResponseEntity<TicketResponse> ticket(@PathVariable @Size(max = 64) String code,
            @RequestHeader(name = TOKEN, required = false) @Size(max = 200) String token) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(TicketResponse.of(tickets.ticketFor(code, token)));
    }

    @GetMapping(value = "/api/registrations/{code}/ticket.png", produces = MediaType.IMAGE_PNG_VALUE)
    @PublicRoute
    ResponseEntity<byte[]> ticketImage(@PathVariable @Size(max = 64) String code,
            @RequestHeader(name = TOKEN, required = false) @Size(max = 200) String token) {
        IssuedTicket ticket = tickets.ticketFor(code, token);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(QrCodes.png(ticket.secret(), QR_PIXELS));
    }

    @GetMapping("/api/congresses/{congressId}/ticket-keys")
    @Allowed(Role.ORGANISER)
    TicketKeysResponse keys(@PathVariable @Size(max = 64) String congressId, Caller caller) {
        return new TicketKeysResponse(congressId, FORMAT, tickets.keysOf(caller, congressId));
    }

    /** Devices ask with the {@code revokedAt} of the last one they hold as {@code since}, page by page. */
    @GetMapping("/api/congresses/{congressId}/revocations")
    @Allowed(Role.ORGANISER)
    PageResponse<RevocationResponse> revocations(@PathVariable @Size(max = 64) String congressId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
            @Valid PageQuery paging, Caller caller) {
        return PageResponse.of(tickets.revocationsOf(caller, congressId, since,
                paging.toPageable(Sort.by("revokedAt", "id"))), RevocationResponse::of);
    }
}
