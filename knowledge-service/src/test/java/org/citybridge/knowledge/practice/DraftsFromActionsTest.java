package org.citybridge.knowledge.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.citybridge.knowledge.action.CompletedAction;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DuplicateKeyException;

/** One draft per completed action, however often the completion arrives. */
class DraftsFromActionsTest {

    static final CompletedAction TAALCAFE = new CompletedAction("a-1", "almelo", Visibility.PRIVATE, "Taalcafé", null,
            null, null, null, List.of(), List.of());

    private final PracticeService practices = mock(PracticeService.class);
    private final DraftsFromActions drafts = new DraftsFromActions(practices);

    @Test
    void aFirstCompletionSavesADraftAsPrivateAsTheAction() {
        when(practices.existsForSystem("from-action-a-1")).thenReturn(false);

        drafts.draftFrom(TAALCAFE);

        ArgumentCaptor<Practice> saved = ArgumentCaptor.forClass(Practice.class);
        verify(practices).saveDraftFromAction(saved.capture());
        assertThat(saved.getValue().id()).isEqualTo("from-action-a-1");
        assertThat(saved.getValue().municipality()).isEqualTo("almelo");
        assertThat(saved.getValue().visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(saved.getValue().content().title()).isEqualTo("Taalcafé");
    }

    @Test
    void aRepeatedCompletionAddsNothing() {
        when(practices.existsForSystem("from-action-a-1")).thenReturn(true);

        drafts.draftFrom(TAALCAFE);

        verify(practices, never()).saveDraftFromAction(any());
    }

    @Test
    void aRaceLostToAnotherInstanceIsNoError() {
        when(practices.saveDraftFromAction(any())).thenThrow(new DuplicateKeyException("from-action-a-1"));

        drafts.draftFrom(TAALCAFE);

        verify(practices).saveDraftFromAction(any());
    }
}
