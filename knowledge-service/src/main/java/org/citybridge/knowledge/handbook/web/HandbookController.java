package org.citybridge.knowledge.handbook.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.knowledge.handbook.Chapter;
import org.citybridge.knowledge.handbook.ChapterSource;
import org.citybridge.knowledge.handbook.Edition;
import org.citybridge.knowledge.handbook.EditionState;
import org.citybridge.knowledge.handbook.EditionText;
import org.citybridge.knowledge.handbook.FrozenChapter;
import org.citybridge.knowledge.handbook.Handbook;
import org.citybridge.knowledge.handbook.HandbookService;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Handbooks and their editions. A published edition never changes: PUT and DELETE on it answer 409,
 * and edits go to the next draft ({@code POST .../editions}). Each edition exports as Markdown, HTML
 * and PDF, by suffix ({@code .../editions/1.pdf}) or by {@code ?format=}.
 */
@RestController
@RequestMapping("/api/handbooks")
class HandbookController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    record HandbookRequest(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
            Visibility visibility) {
    }

    record ChapterRequest(@NotNull ChapterSource source, @NotBlank @Size(max = 100) String refId,
            @Size(max = 8000) String introduction) {
    }

    /** @param title the edition's title; the handbook's when left out */
    record EditionRequest(@Size(max = 200) String title, @Size(max = 20_000) String introduction,
            @NotNull @Size(max = 60) List<@NotNull @Valid ChapterRequest> chapters) {
    }

    record EditionSummary(int number, EditionState state, String title, int chapters, Instant startedAt,
            Instant publishedAt) {

        static EditionSummary of(Edition edition) {
            return new EditionSummary(edition.number(), edition.state(), edition.title(), edition.chapters().size(),
                    edition.startedAt(), edition.publishedAt());
        }
    }

    record HandbookResponse(String id, String municipality, String title, String description, Visibility visibility,
            List<EditionSummary> editions, Instant createdAt) {

        static HandbookResponse of(Handbook handbook) {
            return new HandbookResponse(handbook.id(), handbook.municipality(), handbook.title(),
                    handbook.description(), handbook.visibility(),
                    handbook.editions().stream().map(EditionSummary::of).toList(), handbook.createdAt());
        }
    }

    /**
     * @param chapters       the editor's plan: sources by id, in order
     * @param frozenChapters a published edition's texts as copied in when it was published; empty for a draft
     */
    record EditionResponse(String handbookId, int number, EditionState state, String title, String introduction,
            List<Chapter> chapters, List<FrozenChapter> frozenChapters, Instant startedAt, Instant publishedAt,
            String publishedBy) {

        static EditionResponse of(Handbook handbook, Edition edition) {
            return new EditionResponse(handbook.id(), edition.number(), edition.state(), edition.title(),
                    edition.introduction(), edition.chapters(), edition.frozenChapters(), edition.startedAt(),
                    edition.publishedAt(), edition.publishedBy());
        }
    }

    private final HandbookService handbooks;

    HandbookController(HandbookService handbooks) {
        this.handbooks = handbooks;
    }

    @PostMapping
    @Allowed(Role.OFFICER)
    ResponseEntity<HandbookResponse> start(@Valid @RequestBody HandbookRequest request, Caller caller) {
        Handbook handbook = handbooks.start(caller, request.title(), request.description(), request.visibility());
        return ResponseEntity.created(URI.create("/api/handbooks/" + handbook.id()))
                .eTag(EntityTags.ofVersion(handbook.version())).body(HandbookResponse.of(handbook));
    }

    @GetMapping
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    PageResponse<HandbookResponse> list(@Valid PageQuery paging, Caller caller) {
        return PageResponse.of(handbooks.list(caller, paging.toPageable(Sort.by("title", "_id"))),
                HandbookResponse::of);
    }

    @GetMapping("/{handbookId}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<HandbookResponse> get(@PathVariable String handbookId, Caller caller) {
        Handbook handbook = handbooks.get(caller, handbookId);
        return ResponseEntity.ok().eTag(EntityTags.ofVersion(handbook.version())).body(HandbookResponse.of(handbook));
    }

    @PutMapping("/{handbookId}")
    @Allowed(Role.OFFICER)
    ResponseEntity<HandbookResponse> describe(@PathVariable String handbookId,
            @Valid @RequestBody HandbookRequest request, Caller caller) {
        Handbook handbook = handbooks.describe(caller, handbookId, request.title(), request.description(),
                request.visibility());
        return ResponseEntity.ok().eTag(EntityTags.ofVersion(handbook.version())).body(HandbookResponse.of(handbook));
    }

    /** The next draft edition, a copy of the latest published plan; 409 while a draft exists. */
    @PostMapping("/{handbookId}/editions")
    @Allowed(Role.OFFICER)
    ResponseEntity<EditionResponse> startNextEdition(@PathVariable String handbookId, Caller caller) {
        Handbook handbook = handbooks.startNextEdition(caller, handbookId);
        Edition draft = handbook.draft().orElseThrow();
        return ResponseEntity.created(URI.create("/api/handbooks/" + handbookId + "/editions/" + draft.number()))
                .eTag(EntityTags.ofVersion(handbook.version())).body(EditionResponse.of(handbook, draft));
    }

    /** JSON, or with {@code ?format=md|html|pdf} the export (with {@code ?lang=} as the exports take it). */
    @GetMapping("/{handbookId}/editions/{number}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<?> edition(@PathVariable String handbookId, @PathVariable int number,
            @RequestParam(required = false) @Pattern(regexp = "md|html|pdf|json") String format,
            @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage, Caller caller) {
        if (format == null || format.equals("json")) {
            Handbook handbook = handbooks.get(caller, handbookId);
            return ResponseEntity.ok().eTag(EntityTags.ofVersion(handbook.version()))
                    .body(EditionResponse.of(handbook, handbook.edition(number)));
        }
        return switch (format) {
            case "md" -> markdown(handbookId, number, lang, acceptLanguage, caller);
            case "html" -> html(handbookId, number, lang, acceptLanguage, caller);
            default -> pdf(handbookId, number, lang, acceptLanguage, caller);
        };
    }

    @GetMapping("/{handbookId}/editions/{number}.md")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<byte[]> markdown(@PathVariable String handbookId, @PathVariable int number,
            @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage, Caller caller) {
        EditionText edition = handbooks.read(caller, handbookId, number);
        return download(edition, MARKDOWN, ".md", HandbookMarkdown.render(edition, labels(edition, lang, acceptLanguage))
                .getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/{handbookId}/editions/{number}.html")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<byte[]> html(@PathVariable String handbookId, @PathVariable int number,
            @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage, Caller caller) {
        EditionText edition = handbooks.read(caller, handbookId, number);
        return download(edition, HTML, ".html", HandbookHtml.render(edition, labels(edition, lang, acceptLanguage))
                .getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/{handbookId}/editions/{number}.pdf")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<byte[]> pdf(@PathVariable String handbookId, @PathVariable int number,
            @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage, Caller caller) {
        EditionText edition = handbooks.read(caller, handbookId, number);
        return download(edition, MediaType.APPLICATION_PDF, ".pdf",
                HandbookPdf.render(edition, labels(edition, lang, acceptLanguage)));
    }

    /** Only a draft: a published edition answers 409. */
    @PutMapping("/{handbookId}/editions/{number}")
    @Allowed(Role.OFFICER)
    ResponseEntity<EditionResponse> revise(@PathVariable String handbookId, @PathVariable int number,
            @Valid @RequestBody EditionRequest request, Caller caller) {
        List<Chapter> chapters = request.chapters().stream()
                .map(chapter -> new Chapter(chapter.source(), chapter.refId(), chapter.introduction())).toList();
        Handbook handbook = handbooks.reviseDraft(caller, handbookId, number, request.title(), request.introduction(),
                chapters);
        return ResponseEntity.ok().eTag(EntityTags.ofVersion(handbook.version()))
                .body(EditionResponse.of(handbook, handbook.edition(number)));
    }

    /** Discards a draft; a published edition answers 409. */
    @DeleteMapping("/{handbookId}/editions/{number}")
    @Allowed(Role.OFFICER)
    ResponseEntity<Void> discard(@PathVariable String handbookId, @PathVariable int number, Caller caller) {
        handbooks.discardDraft(caller, handbookId, number);
        return ResponseEntity.noContent().build();
    }

    /** Copies the chapters' texts in as they are now and freezes the edition. */
    @PostMapping("/{handbookId}/editions/{number}/publish")
    @Allowed(Role.OFFICER)
    ResponseEntity<EditionResponse> publish(@PathVariable String handbookId, @PathVariable int number,
            Caller caller) {
        Handbook handbook = handbooks.publish(caller, handbookId, number);
        return ResponseEntity.ok().eTag(EntityTags.ofVersion(handbook.version()))
                .body(EditionResponse.of(handbook, handbook.edition(number)));
    }

    /** {@code ?lang=}, else the Accept-Language header, else the language most of its chapters are in. */
    private static EditionLabels labels(EditionText edition, String lang, String acceptLanguage) {
        return new EditionLabels(DocumentLabels.in(
                DocumentLanguage.choose(lang, acceptLanguage, EditionLabels.writtenIn(edition))));
    }

    private static ResponseEntity<byte[]> download(EditionText edition, MediaType type, String suffix, byte[] body) {
        String name = DownloadNames.of(edition.handbookTitle() + " edition " + edition.number(), "handbook", suffix);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(body);
    }
}
