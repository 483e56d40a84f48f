package org.citybridge.web.checkin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.citybridge.web.api.ApiProblem;
import org.citybridge.web.organise.ApiPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * What the check-in screen's script calls: scans, offline uploads and the congress's ticket keys, passed to the
 * API with the organiser's token (which the browser never holds). When this process or the API cannot be
 * reached the script takes it as offline: an unreachable API answers 503 here for that reason.
 */
@RestController
class CheckInRelay {

    private static final Logger log = LoggerFactory.getLogger(CheckInRelay.class);
    /** Revocation pages fetched at most; a congress with more than 10,000 revoked tickets is not this one. */
    private static final int MAX_REVOCATION_PAGES = 100;

    record ScanRequest(String secretOrCode, String nonce, String deviceId, Instant scannedAt) {
    }

    record ScanResult(String nonce, String answer, String registrationId, String attendeeName, Instant scannedAt,
            Instant firstCheckedInAt, String firstDeviceId, String message, boolean offline, boolean forced,
            String wouldHaveRefused) {
    }

    record OfflineUpload(List<ScanRequest> scans) {
    }

    record OfflineUploadResult(int received, int forced, List<ScanResult> results) {
    }

    record TicketKey(String keyId, String algorithm, String publicKey) {
    }

    record TicketKeys(String congressId, List<TicketKey> keys) {
    }

    record Revocation(String ticketId, Instant revokedAt) {
    }

    /** What the screen keeps for offline checks: the public keys (X.509, base64) and the revoked ticket ids. */
    record OfflineKit(String congressId, List<String> keys, List<String> revoked, Instant fetchedAt) {
    }

    private final RestClient api;

    CheckInRelay(RestClient gatewayApi) {
        this.api = gatewayApi;
    }

    @PostMapping("/check-in/{congressId}/{listId}/scans")
    ScanResult scan(@PathVariable String congressId, @PathVariable String listId, @RequestBody ScanRequest scan) {
        return api.post().uri("/api/congresses/{id}/check-in-lists/{list}/scans", congressId, listId).body(scan)
                .retrieve().body(ScanResult.class);
    }

    @PostMapping("/check-in/{congressId}/{listId}/scans/offline")
    OfflineUploadResult upload(@PathVariable String congressId, @PathVariable String listId,
            @RequestBody OfflineUpload upload) {
        return api.post().uri("/api/congresses/{id}/check-in-lists/{list}/scans/offline", congressId, listId)
                .body(upload).retrieve().body(OfflineUploadResult.class);
    }

    @GetMapping("/check-in/{congressId}/ticket-keys")
    OfflineKit ticketKeys(@PathVariable String congressId) {
        TicketKeys keys = api.get().uri("/api/congresses/{id}/ticket-keys", congressId).retrieve()
                .body(TicketKeys.class);
        List<String> revoked = new ArrayList<>();
        for (int page = 0; page < MAX_REVOCATION_PAGES; page++) {
            ApiPage<Revocation> revocations = api.get().uri("/api/congresses/{id}/revocations?page={page}&size=100",
                    congressId, page).retrieve().body(new ParameterizedTypeReference<ApiPage<Revocation>>() { });
            revocations.items().forEach(revocation -> revoked.add(revocation.ticketId()));
            if (!revocations.hasNext()) {
                break;
            }
        }
        return new OfflineKit(congressId, keys.keys().stream().map(TicketKey::publicKey).toList(), revoked,
                Instant.now());
    }

    /** The screen tells a refused scan (400: no code or ticket at all) from an unreachable API (503: offline). */
    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Map<String, Object>> problem(ApiProblem problem) {
        int status = switch (problem.status()) {
            case 400, 401, 403, 404, 409 -> problem.status();
            default -> 503;
        };
        return ResponseEntity.status(status).body(Map.of("status", status,
                "detail", java.util.Objects.toString(problem.detail() == null ? problem.title() : problem.detail(), "")));
    }

    @ExceptionHandler(ResourceAccessException.class)
    ResponseEntity<Map<String, Object>> unreachable(ResourceAccessException e) {
        log.warn("The API could not be reached from the check-in screen: {}", e.getMessage());
        return ResponseEntity.status(503).body(Map.of("status", 503));
    }
}
