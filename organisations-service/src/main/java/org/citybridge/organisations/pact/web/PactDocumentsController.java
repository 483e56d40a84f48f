package org.citybridge.organisations.pact.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Valid;

import org.citybridge.organisations.municipality.MunicipalityService;
import org.citybridge.organisations.pact.Pact;
import org.citybridge.organisations.pact.PactId;
import org.citybridge.organisations.pact.PactService;
import org.citybridge.organisations.pact.Signatories;
import org.citybridge.organisations.pact.Signature;
import org.citybridge.platform.documents.DocumentLabels;
import org.citybridge.platform.documents.DocumentLanguage;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.security.PublicRoute;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.DownloadNames;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a pact shows beyond its own record: the public page of its signatories and the printable PDF
 * (both open to anonymous visitors for published pacts), and the officers' CSV export.
 */
@RestController
@RequestMapping("/api/pacts/{pactId}")
class PactDocumentsController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PactService pacts;
    private final Signatories signatories;
    private final MunicipalityService municipalities;

    PactDocumentsController(PactService pacts, Signatories signatories, MunicipalityService municipalities) {
        this.pacts = pacts;
        this.signatories = signatories;
        this.municipalities = municipalities;
    }

    @GetMapping("/signatories")
    @PublicRoute
    PageResponse<SignatoryResponse> signatories(@PathVariable PactId pactId, @Valid PageQuery paging) {
        Pact pact = pacts.published(pactId);
        Pageable pageable = paging.toPageable(Sort.unsorted());
        List<Signature> active = pact.activeSignatures();
        int from = (int) Math.min(pageable.getOffset(), active.size());
        int to = Math.min(from + pageable.getPageSize(), active.size());
        List<SignatoryResponse> items = signatories.of(active.subList(from, to)).stream()
                .map(signatory -> SignatoryResponse.of(pact.content(), signatory)).toList();
        return PageResponse.of(new PageImpl<>(items, pageable, active.size()), item -> item);
    }

    /**
     * Published pacts for everyone; a draft also for its own city, as a preview before publishing. In the
     * language of {@code ?lang=}, else of the Accept-Language header, else the one its city writes.
     */
    @GetMapping("/pdf")
    @PublicRoute
    ResponseEntity<byte[]> pdf(@PathVariable PactId pactId, @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            Caller caller) {
        Pact pact = pacts.visible(pactId, caller);
        DocumentLanguage writtenIn = writtenIn(pact);
        DocumentLabels labels = DocumentLabels.in(DocumentLanguage.choose(lang, acceptLanguage,
                writtenIn == null ? DocumentLanguage.EN : writtenIn));
        byte[] pdf = PactPdf.render(pact, signatories.withLogos(pact.activeSignatures()), labels, writtenIn);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName(pact, ".pdf")).build().toString())
                .body(pdf);
    }

    /** Every signature ever recorded, withdrawn ones included: for the owning city's officers only. */
    @GetMapping("/signatories.csv")
    @Allowed(Role.OFFICER)
    ResponseEntity<byte[]> csv(@PathVariable PactId pactId, Caller caller) {
        Pact pact = pacts.ownedBy(pactId, caller);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SignaturesCsv.write(pact, signatories.of(pact.signatures()), out);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName(pact, "-signatures.csv")).build().toString())
                .body(out.toByteArray());
    }

    /**
     * A pact is written in its city's (first) language: Almelo's and Antwerp's in Dutch, Münster's in
     * German. Null for a city the network does not know (yet): its labels print as before, in English,
     * and its text is not marked with a language nobody knows.
     */
    private DocumentLanguage writtenIn(Pact pact) {
        try {
            return DocumentLanguage.firstOf(municipalities.get(pact.municipality()).languages()).orElse(null);
        } catch (NotFoundException unknownCity) {
            return null;
        }
    }

    /** "Integratiepact KleurRijk Almelo 2011-2014" becomes integratiepact-kleurrijk-almelo-2011-2014. */
    static String fileName(Pact pact, String suffix) {
        return DownloadNames.of(pact.content().title(), "pact", suffix);
    }
}
