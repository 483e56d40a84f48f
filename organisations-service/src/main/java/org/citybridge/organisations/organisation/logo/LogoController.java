package org.citybridge.organisations.organisation.logo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;

import org.citybridge.organisations.organisation.LogoReference;
import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.organisations.organisation.OrganisationId;
import org.citybridge.organisations.organisation.OrganisationService;
import org.citybridge.organisations.organisation.logo.LogoStore.Logo;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.security.PublicRoute;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.BadRequestException;
import org.citybridge.platform.web.EntityTags;
import org.citybridge.platform.web.PayloadTooLargeException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An organisation's logo. Uploading is for the owning city's officers; reading for whoever may see the
 * organisation, and for anyone once it is PUBLIC or publicly listed (this path is a public endpoint, so
 * anonymous requests get here and are judged here). Whoever may not read it gets 404.
 */
@RestController
@RequestMapping("/api/organisations/{id}/logo")
class LogoController {

    /**
     * Nothing in a served logo may run or load anything; inline styles are what SVG editors write. With
     * nosniff, a browser never reinterprets the bytes as another type.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";
    private static final Duration MAX_AGE = Duration.ofDays(1);

    record LogoResponse(String url, String contentType, long size, String etag) {
    }

    private final OrganisationService organisations;
    private final LogoStore logos;

    LogoController(OrganisationService organisations, LogoStore logos) {
        this.organisations = organisations;
        this.logos = logos;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Allowed(Role.OFFICER)
    ResponseEntity<LogoResponse> upload(@PathVariable OrganisationId id,
            @RequestParam(name = "file", required = false) MultipartFile file, Caller caller) {
        organisations.getForChange(id, caller);
        if (file == null || file.isEmpty()) {
            throw new BadRequestException("Send the logo as a non-empty multipart field named 'file'.");
        }
        if (file.getSize() > LogoContent.MAX_BYTES) {
            throw new PayloadTooLargeException("A logo may be at most 1 MiB; this one has " + file.getSize() + " bytes.");
        }
        LogoContent.Accepted accepted = LogoContent.inspect(bytes(file));
        Logo stored = logos.replace(id.value(), accepted.content(), accepted.contentType());
        organisations.change(id, caller, organisation -> organisation.logoReplaced(new LogoReference(
                stored.contentType(), stored.content().length, stored.etag(), Instant.now())));
        return ResponseEntity.ok().eTag(stored.etag()).body(new LogoResponse(
                "/api/organisations/" + id + "/logo", stored.contentType(), stored.content().length, stored.etag()));
    }

    /** Public, so that anonymous requests get here; {@link OrganisationService#getForLogo} judges them. */
    @GetMapping
    @PublicRoute
    ResponseEntity<byte[]> get(@PathVariable OrganisationId id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch, Caller caller) {
        Organisation organisation = organisations.getForLogo(id, caller);
        Logo logo = logos.find(id.value()).orElseThrow(() -> new NotFoundException("Organisation " + id + " has no logo"));
        // A logo only some may see must not be kept by shared caches for everyone: "private" then.
        CacheControl caching = organisation.logoIsPublic() ? CacheControl.maxAge(MAX_AGE).cachePublic()
                : CacheControl.maxAge(MAX_AGE).cachePrivate();
        boolean notModified = EntityTags.matchesWeakly(ifNoneMatch, logo.etag());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(notModified ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
                .eTag(logo.etag())
                .cacheControl(caching)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        return notModified ? response.build()
                : response.contentType(logo.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                        : MediaType.parseMediaType(logo.contentType())).body(logo.content());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
