package org.citybridge.organisations.vision.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.citybridge.organisations.vision.ContributionService;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.DownloadNames;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the vision's city's officers take from a consultation: the counts and the spreadsheet. */
@RestController
@RequestMapping("/api/visions/{visionId}")
@Allowed(Role.OFFICER)
class ConsultationOverviewController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ContributionService contributions;

    ConsultationOverviewController(ContributionService contributions) {
        this.contributions = contributions;
    }

    @GetMapping("/overview")
    OverviewResponse overview(@PathVariable String visionId, Caller caller) {
        return OverviewResponse.of(contributions.overview(caller, visionId));
    }

    @GetMapping("/contributions.csv")
    ResponseEntity<byte[]> csv(@PathVariable String visionId, Caller caller) {
        ContributionService.Export export = contributions.export(caller, visionId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContributionsCsv.write(export.vision().content(), export.contributions(), out);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(DownloadNames.of(export.vision().title(), "vision", "-contributions.csv"))
                        .build().toString())
                .body(out.toByteArray());
    }
}
