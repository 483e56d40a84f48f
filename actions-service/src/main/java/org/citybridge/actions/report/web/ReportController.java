package org.citybridge.actions.report.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citybridge.actions.organisation.CityLanguages;
import org.citybridge.actions.report.ActionSnapshot;
import org.citybridge.actions.report.ProgressReport;
import org.citybridge.actions.report.ReportComparison;
import org.citybridge.actions.report.ReportPeriod;
import org.citybridge.actions.report.ReportService;
import org.citybridge.actions.report.ReportState;
import org.citybridge.platform.documents.DocumentLabels;
import org.citybridge.platform.documents.DocumentLanguage;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.citybridge.platform.web.DownloadNames;
import org.citybridge.platform.web.EntityTags;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Thin: each route says who may call it and maps between JSON (or CSV, PDF) and the service. */
@RestController
class ReportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** @param period {@code 2012}, {@code 2012-H1} or {@code 2012-Q1} */
    record DraftRequest(@NotBlank @Size(max = 10) String period) {
    }

    /** @param text the commentary; an empty one removes it (the field itself is required, so a typo never does) */
    record CommentaryRequest(@NotNull @Size(max = 8000) String text) {
    }

    record ReportResponse(String id, String municipality, String programmeId, String programmeTitle,
            ReportPeriod period, ReportState state, double completion, List<ActionSnapshot> actions, Instant takenAt,
            Instant finalisedAt, String finalisedBy, Visibility visibility) {

        static ReportResponse of(ProgressReport report) {
            return new ReportResponse(report.id(), report.municipality(), report.programmeId(),
                    report.programmeTitle(), report.period(), report.state(), report.completion(), report.actions(),
                    report.takenAt(), report.finalisedAt(), report.finalisedBy(), report.visibility());
        }
    }

    /** The list leaves the snapshots out: a programme may have many reports of tens of actions each. */
    record ReportSummary(String id, String programmeId, ReportPeriod period, ReportState state, double completion,
            Instant takenAt, Instant finalisedAt) {

        static ReportSummary of(ProgressReport report) {
            return new ReportSummary(report.id(), report.programmeId(), report.period(), report.state(),
                    report.completion(), report.takenAt(), report.finalisedAt());
        }
    }

    private final ReportService reports;
    private final CityLanguages cityLanguages;

    ReportController(ReportService reports, CityLanguages cityLanguages) {
        this.reports = reports;
        this.cityLanguages = cityLanguages;
    }

    @PostMapping("/api/programmes/{programmeId}/reports")
    @Allowed(Role.OFFICER)
    ResponseEntity<ReportResponse> draft(@PathVariable String programmeId, @Valid @RequestBody DraftRequest request,
            Caller caller) {
        ProgressReport report = reports.draft(caller, programmeId, request.period());
        return ResponseEntity.created(URI.create("/api/reports/" + report.id()))
                .eTag(EntityTags.ofVersion(report.readVersion())).body(ReportResponse.of(report));
    }

    @GetMapping("/api/programmes/{programmeId}/reports")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    PageResponse<ReportSummary> list(@PathVariable String programmeId, @Valid PageQuery paging, Caller caller) {
        return PageResponse.of(reports.list(caller, programmeId,
                paging.toPageable(Sort.by(Sort.Direction.DESC, "period.start"))), ReportSummary::of);
    }

    @GetMapping("/api/reports/{reportId}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<ReportResponse> get(@PathVariable String reportId, Caller caller) {
        return withETag(reports.get(caller, reportId));
    }

    /** Takes the draft's snapshot again from the actions as they stand now; commentary stays. */
    @PostMapping("/api/reports/{reportId}/retake")
    @Allowed(Role.OFFICER)
    ResponseEntity<ReportResponse> retake(@PathVariable String reportId, Caller caller) {
        ProgressReport report = reports.getForChange(caller, reportId);
        return withETag(EntityTags.unlessChangedMeanwhile("report", () -> reports.retake(caller, report)));
    }

    @PutMapping("/api/reports/{reportId}/commentary/{actionId}")
    @Allowed(Role.OFFICER)
    ResponseEntity<ReportResponse> comment(@PathVariable String reportId, @PathVariable String actionId,
            @Valid @RequestBody CommentaryRequest request, Caller caller) {
        ProgressReport report = reports.getForChange(caller, reportId);
        return withETag(EntityTags.unlessChangedMeanwhile("report",
                () -> reports.comment(report, actionId, request.text())));
    }

    /** After this the report never changes: retake, commentary and finalise answer 409. */
    @PostMapping("/api/reports/{reportId}/finalise")
    @Allowed(Role.OFFICER)
    ResponseEntity<ReportResponse> finalise(@PathVariable String reportId, Caller caller) {
        ProgressReport report = reports.getForChange(caller, reportId);
        return withETag(EntityTags.unlessChangedMeanwhile("report", () -> reports.finalise(caller, report)));
    }

    @GetMapping("/api/reports/{reportId}/compare")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ReportComparison compare(@PathVariable String reportId, @RequestParam("with") @Size(max = 200) String with,
            Caller caller) {
        return reports.compare(caller, reportId, with);
    }

    @GetMapping("/api/reports/{reportId}/csv")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<byte[]> csv(@PathVariable String reportId, Caller caller) {
        ProgressReport report = reports.get(caller, reportId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportCsv.write(report, out);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName(report, ".csv")).build().toString())
                .body(out.toByteArray());
    }

    /** In the language of {@code ?lang=}, else of the Accept-Language header, else the one its city writes. */
    @GetMapping("/api/reports/{reportId}/pdf")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<byte[]> pdf(@PathVariable String reportId, @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            Caller caller) {
        ProgressReport report = reports.get(caller, reportId);
        // A city the network has not announced (yet): labels as before, in English, and its texts not marked.
        DocumentLanguage writtenIn = DocumentLanguage.firstOf(cityLanguages.languagesOf(report.municipality()))
                .orElse(null);
        DocumentLabels labels = DocumentLabels.in(DocumentLanguage.choose(lang, acceptLanguage,
                writtenIn == null ? DocumentLanguage.EN : writtenIn));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName(report, ".pdf")).build().toString())
                .body(ReportPdf.render(report, labels, writtenIn));
    }

    /** "KleurRijk Almelo", 2010-Q2 becomes kleurrijk-almelo-2010-q2. */
    static String fileName(ProgressReport report, String suffix) {
        return DownloadNames.of(report.programmeTitle() + " " + report.period().label(), "report", suffix);
    }

    private static ResponseEntity<ReportResponse> withETag(ProgressReport report) {
        return ResponseEntity.ok().eTag(EntityTags.ofVersion(report.readVersion())).body(ReportResponse.of(report));
    }
}
