package org.citybridge.knowledge.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.citybridge.knowledge.attachment.AttachmentStore;
import org.citybridge.knowledge.attachment.AttachmentStore.StoredFile;
import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** A practice's files: the practice decides who may, the store keeps the bytes, and no byte is left orphaned. */
class PracticeAttachmentsTest {

    static final Caller ANNA = new Caller("anna", "almelo", Set.of(Role.OFFICER));
    static final byte[] PDF = "%PDF-1.7".getBytes();

    private final PracticeService practices = mock(PracticeService.class);
    private final AttachmentStore files = mock(AttachmentStore.class);
    private final PracticeAttachments attachments = new PracticeAttachments(practices, files);
    private final Practice practice = Practice.draftWithId("p-1", "almelo", PracticeTest.content("t"),
            Visibility.PRIVATE, Set.of(), "anna");

    @Test
    void aFileIsStoredAfterTheOwnershipCheckAndThenNamedOnThePractice() {
        when(files.store("p-1", "plan.pdf", "application/pdf", PDF)).thenReturn("file-1");

        AttachmentReference added = attachments.add(ANNA, "p-1", "plan.pdf", "application/pdf", PDF);

        assertThat(added.id()).isEqualTo("file-1");
        assertThat(added.fileName()).isEqualTo("plan.pdf");
        assertThat(added.contentType()).isEqualTo("application/pdf");
        assertThat(added.size()).isEqualTo(PDF.length);
        assertThat(added.addedAt()).isBeforeOrEqualTo(Instant.now());
        InOrder order = inOrder(practices, files);
        order.verify(practices).getForChange(ANNA, "p-1");
        order.verify(files).store("p-1", "plan.pdf", "application/pdf", PDF);
        order.verify(practices).attach(ANNA, "p-1", added);
        verify(files, never()).delete(any());
    }

    @Test
    void whenThePracticeRefusesTheFileItsBytesAreDeletedAgain() {
        when(files.store(any(), any(), any(), any())).thenReturn("file-21");
        doThrow(new ConflictException("full")).when(practices).attach(eq(ANNA), eq("p-1"), any());

        assertThatThrownBy(() -> attachments.add(ANNA, "p-1", "x.pdf", "application/pdf", PDF))
                .isInstanceOf(ConflictException.class);
        verify(files).delete("file-21");
    }

    @Test
    void aCallerWhoMayNotChangeThePracticeStoresNothing() {
        when(practices.getForChange(ANNA, "p-1")).thenThrow(NotFoundException.of("Practice", "p-1"));

        assertThatThrownBy(() -> attachments.requireOwned(ANNA, "p-1")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.add(ANNA, "p-1", "x.pdf", "application/pdf", PDF))
                .isInstanceOf(NotFoundException.class);
        verify(files, never()).store(any(), any(), any(), any());
    }

    @Test
    void filesAreListedAndReadThroughThePracticeTheCallerMayRead() {
        AttachmentReference reference = new AttachmentReference("file-1", "plan.pdf", "application/pdf", 8,
                Instant.EPOCH);
        practice.attach(reference);
        when(practices.get(ANNA, "p-1")).thenReturn(practice);
        StoredFile stored = new StoredFile("file-1", "plan.pdf", "application/pdf", PDF);
        when(files.find("file-1")).thenReturn(Optional.of(stored));

        assertThat(attachments.list(ANNA, "p-1")).containsExactly(reference);
        assertThat(attachments.read(ANNA, "p-1", "file-1")).isSameAs(stored);
        assertThatThrownBy(() -> attachments.read(ANNA, "p-1", "other")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFileWhoseBytesAreGoneIsNotFound() {
        practice.attach(new AttachmentReference("file-1", "plan.pdf", "application/pdf", 8, Instant.EPOCH));
        when(practices.get(ANNA, "p-1")).thenReturn(practice);
        when(files.find("file-1")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> attachments.read(ANNA, "p-1", "file-1")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void removingDetachesFromThePracticeThenDeletesTheBytes() {
        when(practices.detach(ANNA, "p-1", "file-1")).thenReturn(new AttachmentReference("file-1", "plan.pdf",
                "application/pdf", 8, Instant.EPOCH));

        attachments.remove(ANNA, "p-1", "file-1");

        verify(files).delete("file-1");
    }
}
