package org.citybridge.events.checkin.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.events.checkin.CheckInCounts;
import org.citybridge.events.checkin.CheckInList;
import org.citybridge.events.checkin.CheckInService;
import org.citybridge.events.checkin.Scan;
import org.citybridge.events.checkin.ScanAnswer;
import org.citybridge.events.checkin.ScanResult;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Check-in lists and scans of a congress, for its organisers and their door devices. A scan always
 * answers 200 with what the door should do; only a request that is not a scan at all is a 400.
 */
@RestController
@Validated
@Allowed(Role.ORGANISER)
class CheckInController {

    static final String IDS = "[A-Za-z0-9_.:-]+";

    record ListRequest(@NotBlank @Size(max = 120) String name,
            @Size(max = 64) @Pattern(regexp = IDS) String sessionId) {
    }

    record ListResponse(String id, String congressId, String sessionId, String name, Instant createdAt) {

        static ListResponse of(CheckInList list) {
            return new ListResponse(list.id(), list.congressId(), list.sessionId(), list.name(), list.createdAt());
        }
    }

    /**
     * @param secretOrCode the QR code's content (a ticket secret) or a registration code typed in
     * @param nonce        the device's id for this scan: a retry sends the same and gets the same answer
     * @param scannedAt    when it was scanned; optional online (now), required offline
     */
    record ScanRequest(@NotBlank @Size(max = 2000) String secretOrCode,
            @NotBlank @Size(min = 8, max = 64) @Pattern(regexp = IDS) String nonce,
            @NotBlank @Size(max = 64) String deviceId, Instant scannedAt) {

        Scan.Request toScan() {
            return new Scan.Request(secretOrCode, nonce, deviceId, scannedAt);
        }
    }

    record OfflineUpload(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull ScanRequest> scans) {
    }

    /** @param forced how many of them the server would have refused (flagged for review) */
    record OfflineUploadResponse(int received, int forced, List<ScanResult> results) {
    }

    record ForcedScanResponse(String nonce, String deviceId, Instant scannedAt, Instant receivedAt,
            String registrationId, ScanAnswer wouldHaveRefused) {

        static ForcedScanResponse of(Scan scan) {
            return new ForcedScanResponse(scan.nonce(), scan.deviceId(), scan.scannedAt(), scan.receivedAt(),
                    scan.registrationId(), scan.wouldHaveRefused());
        }
    }

    private final CheckInService checkIn;

    CheckInController(CheckInService checkIn) {
        this.checkIn = checkIn;
    }

    @PostMapping("/api/congresses/{congressId}/check-in-lists")
    ResponseEntity<ListResponse> create(@PathVariable @Size(max = 64) String congressId,
            @Valid @RequestBody ListRequest request, Caller caller) {
        CheckInList list = checkIn.createList(caller, congressId, request.name().strip(), request.sessionId());
        return ResponseEntity.created(URI.create("/api/congresses/" + congressId + "/check-in-lists/" + list.id()))
                .body(ListResponse.of(list));
    }

    @GetMapping("/api/congresses/{congressId}/check-in-lists")
    PageResponse<ListResponse> lists(@PathVariable @Size(max = 64) String congressId, @Valid PageQuery paging,
            Caller caller) {
        return PageResponse.of(checkIn.listsOf(caller, congressId, paging.toPageable(Sort.by("createdAt", "id"))),
                ListResponse::of);
    }

    @GetMapping("/api/congresses/{congressId}/check-in-lists/{listId}")
    ListResponse list(@PathVariable @Size(max = 64) String congressId, @PathVariable @Size(max = 64) String listId,
            Caller caller) {
        return ListResponse.of(checkIn.list(caller, congressId, listId));
    }

    @PostMapping("/api/congresses/{congressId}/check-in-lists/{listId}/scans")
    ScanResult scan(@PathVariable @Size(max = 64) String congressId, @PathVariable @Size(max = 64) String listId,
            @Valid @RequestBody ScanRequest request, Caller caller) {
        return checkIn.scan(caller, congressId, listId, request.toScan());
    }

    @PostMapping("/api/congresses/{congressId}/check-in-lists/{listId}/scans/offline")
    OfflineUploadResponse upload(@PathVariable @Size(max = 64) String congressId,
            @PathVariable @Size(max = 64) String listId, @Valid @RequestBody OfflineUpload upload, Caller caller) {
        List<ScanResult> results = checkIn.upload(caller, congressId, listId,
                upload.scans().stream().map(ScanRequest::toScan).toList());
        return new OfflineUploadResponse(results.size(), (int) results.stream().filter(ScanResult::forced).count(),
                results);
    }

    @GetMapping("/api/congresses/{congressId}/check-in-lists/{listId}/scans/forced")
    PageResponse<ForcedScanResponse> forced(@PathVariable @Size(max = 64) String congressId,
            @PathVariable @Size(max = 64) String listId, @Valid PageQuery paging, Caller caller) {
        return PageResponse.of(checkIn.forcedScans(caller, congressId, listId,
                paging.toPageable(Sort.by("scannedAt", "id"))), ForcedScanResponse::of);
    }

    @GetMapping("/api/congresses/{congressId}/check-in-counts")
    CheckInCounts counts(@PathVariable @Size(max = 64) String congressId, Caller caller) {
        return checkIn.counts(caller, congressId);
    }
}
