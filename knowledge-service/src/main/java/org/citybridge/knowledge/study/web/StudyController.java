package org.citybridge.knowledge.study.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.knowledge.attachment.web.Uploads;
import org.citybridge.knowledge.study.Study;
import org.citybridge.knowledge.study.StudyContent;
import org.citybridge.knowledge.study.StudyService;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.citybridge.platform.web.EntityTags;
import org.citybridge.platform.web.InvalidFieldException;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Commissioned analyses: thin, each route says who may call it. */
@RestController
@RequestMapping("/api/studies")
class StudyController {

    private static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** @param documentUrl an http(s) link to the report; an uploaded report is {@code POST .../document}'s */
    record StudyRequest(@NotBlank @Size(max = 300) String title, @Size(max = 300) String commissionedBy,
            @NotBlank @Size(max = 300) String conductedBy, @Size(max = 300) String forWhom,
            LocalDate periodStart, LocalDate periodEnd, @Size(max = 10_000) String summary,
            @Size(max = 50) List<@NotBlank @Size(max = 2000) String> findings,
            @Pattern(regexp = "[a-z]{2}") String language,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String documentUrl,
            Visibility visibility) {

        StudyContent content() {
            for (LocalDate date : new LocalDate[] {periodStart, periodEnd}) {
                if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
                    throw new InvalidFieldException(date == periodStart ? "periodStart" : "periodEnd",
                            "must lie between " + EARLIEST + " and " + LATEST);
                }
            }
            return new StudyContent(title, commissionedBy, conductedBy, forWhom, periodStart, periodEnd, summary,
                    findings, language, documentUrl, null);
        }
    }

    record StudyResponse(String id, String municipality, String title, String commissionedBy, String conductedBy,
            String forWhom, LocalDate periodStart, LocalDate periodEnd, String summary, List<String> findings,
            String language, String documentUrl, String documentAttachmentId, String document,
            Visibility visibility, Instant recordedAt, Instant changedAt) {

        static StudyResponse of(Study study) {
            StudyContent content = study.content();
            return new StudyResponse(study.id(), study.municipality(), content.title(), content.commissionedBy(),
                    content.conductedBy(), content.forWhom(), content.periodStart(), content.periodEnd(),
                    content.summary(), content.findings(), content.language(), content.documentUrl(),
                    content.documentAttachmentId(),
                    content.documentAttachmentId() == null ? null : "/api/studies/" + study.id() + "/document",
                    study.visibility(), study.recordedAt(), study.changedAt());
        }
    }

    private final StudyService studies;

    StudyController(StudyService studies) {
        this.studies = studies;
    }

    @PostMapping
    @Allowed(Role.OFFICER)
    ResponseEntity<StudyResponse> record(@Valid @RequestBody StudyRequest request, Caller caller) {
        Study study = studies.record(caller, request.content(), request.visibility());
        return ResponseEntity.created(URI.create("/api/studies/" + study.id()))
                .eTag(EntityTags.ofVersion(study.version())).body(StudyResponse.of(study));
    }

    @GetMapping
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    PageResponse<StudyResponse> list(@Valid PageQuery paging, Caller caller) {
        return PageResponse.of(studies.list(caller, paging.toPageable(Sort.by(Sort.Order.desc("content.periodStart"),
                Sort.Order.asc("_id")))), StudyResponse::of);
    }

    @GetMapping("/{studyId}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<StudyResponse> get(@PathVariable String studyId, Caller caller) {
        Study study = studies.get(caller, studyId);
        return ResponseEntity.ok().eTag(EntityTags.ofVersion(study.version())).body(StudyResponse.of(study));
    }

    /**
     * The report itself, replacing an earlier upload: PDF, PNG or JPEG by its first bytes (415), at most
     * 10 MiB (413); for the commissioning city's officers.
     */
    @PostMapping(path = "/{studyId}/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Allowed(Role.OFFICER)
    ResponseEntity<StudyResponse> uploadDocument(@PathVariable String studyId,
            @RequestParam(name = "file", required = false) MultipartFile file, Caller caller) {
        studies.getForChange(caller, studyId);
        Uploads.Upload upload = Uploads.checked(file);
        Study study = studies.attachDocument(caller, studyId, upload.fileName(), upload.contentType(),
                upload.content());
        return ResponseEntity.created(URI.create("/api/studies/" + studyId + "/document"))
                .eTag(EntityTags.ofVersion(study.version())).body(StudyResponse.of(study));
    }

    /** The uploaded report, for whoever may read the study. */
    @GetMapping("/{studyId}/document")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<byte[]> document(@PathVariable String studyId, Caller caller) {
        return Uploads.download(studies.document(caller, studyId));
    }

    /** With If-Match, only the version read is changed (412 otherwise). */
    @PutMapping("/{studyId}")
    @Allowed(Role.OFFICER)
    ResponseEntity<StudyResponse> revise(@PathVariable String studyId, @Valid @RequestBody StudyRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        Study study = studies.get(caller, studyId);
        EntityTags.requireMatchIfPresent(ifMatch, EntityTags.ofVersion(study.version()));
        Study revised = EntityTags.unlessChangedMeanwhile("study",
                () -> studies.revise(caller, study, request.content(), request.visibility()));
        return ResponseEntity.ok().eTag(EntityTags.ofVersion(revised.version())).body(StudyResponse.of(revised));
    }
}
