package org.citybridge.knowledge.practice.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.citybridge.knowledge.attachment.web.Uploads;
import org.citybridge.knowledge.practice.AttachmentReference;
import org.citybridge.knowledge.practice.PracticeAttachments;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.security.PublicRoute;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files attached to a practice: PDF, PNG or JPEG, judged by their first bytes (415 otherwise), at most
 * 10 MiB (413). Uploading and removing is for the owning city's officers; reading for whoever may read
 * the practice, and for anyone when it is published and PUBLIC (the public path).
 */
@RestController
class PracticeAttachmentController {

    record AttachmentResponse(String id, String fileName, String contentType, long size, Instant addedAt,
            String url) {

        static AttachmentResponse of(String practiceId, AttachmentReference attachment) {
            return new AttachmentResponse(attachment.id(), attachment.fileName(), attachment.contentType(),
                    attachment.size(), attachment.addedAt(),
                    "/api/practices/" + practiceId + "/attachments/" + attachment.id());
        }
    }

    private final PracticeAttachments attachments;

    PracticeAttachmentController(PracticeAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(path = "/api/practices/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Allowed(Role.OFFICER)
    ResponseEntity<AttachmentResponse> upload(@PathVariable String id,
            @RequestParam(name = "file", required = false) MultipartFile file, Caller caller) {
        attachments.requireOwned(caller, id);
        Uploads.Upload upload = Uploads.checked(file);
        AttachmentReference added = attachments.add(caller, id, upload.fileName(), upload.contentType(),
                upload.content());
        return ResponseEntity.created(URI.create("/api/practices/" + id + "/attachments/" + added.id()))
                .body(AttachmentResponse.of(id, added));
    }

    @GetMapping("/api/practices/{id}/attachments")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    List<AttachmentResponse> list(@PathVariable String id, Caller caller) {
        return attachments.list(caller, id).stream().map(attachment -> AttachmentResponse.of(id, attachment)).toList();
    }

    @GetMapping("/api/practices/{id}/attachments/{attachmentId}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String attachmentId, Caller caller) {
        return Uploads.download(attachments.read(caller, id, attachmentId));
    }

    @GetMapping("/api/practices/public/{id}/attachments/{attachmentId}")
    @PublicRoute
    ResponseEntity<byte[]> downloadPublic(@PathVariable String id, @PathVariable String attachmentId) {
        return Uploads.download(attachments.read(Caller.anonymous(), id, attachmentId));
    }

    @DeleteMapping("/api/practices/{id}/attachments/{attachmentId}")
    @Allowed(Role.OFFICER)
    ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String attachmentId, Caller caller) {
        attachments.remove(caller, id, attachmentId);
        return ResponseEntity.noContent().build();
    }
}
