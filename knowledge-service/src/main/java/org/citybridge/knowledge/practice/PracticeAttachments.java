package org.citybridge.knowledge.practice;

import java.time.Instant;
import java.util.List;

import org.citybridge.knowledge.attachment.AttachmentStore;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.stereotype.Service;

/**
 * A practice's files: the practice says who may read them, the attachment store keeps the bytes. The
 * content is checked before it gets here (the web layer answers 413 and 415).
 */
@Service
public class PracticeAttachments {

    private final PracticeService practices;
    private final AttachmentStore files;

    PracticeAttachments(PracticeService practices, AttachmentStore files) {
        this.practices = practices;
        this.files = files;
    }

    /** Checks the caller may change the practice, before the upload is even read. */
    public void requireOwned(Caller caller, String practiceId) {
        practices.getForChange(caller, practiceId);
    }

    public AttachmentReference add(Caller caller, String practiceId, String fileName, String contentType,
            byte[] content) {
        practices.getForChange(caller, practiceId);
        String id = files.store(practiceId, fileName, contentType, content);
        AttachmentReference reference = new AttachmentReference(id, fileName, contentType, content.length,
                Instant.now());
        try {
            practices.attach(caller, practiceId, reference);
        } catch (RuntimeException e) {
            files.delete(id);
            throw e;
        }
        return reference;
    }

    public List<AttachmentReference> list(Caller caller, String practiceId) {
        return practices.get(caller, practiceId).attachments();
    }

    public AttachmentStore.StoredFile read(Caller caller, String practiceId, String attachmentId) {
        AttachmentReference reference = practices.get(caller, practiceId).attachment(attachmentId);
        return files.find(reference.id()).orElseThrow(() -> NotFoundException.of("Attachment", attachmentId));
    }

    public void remove(Caller caller, String practiceId, String attachmentId) {
        AttachmentReference removed = practices.detach(caller, practiceId, attachmentId);
        files.delete(removed.id());
    }
}
