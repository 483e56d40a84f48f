package org.citybridge.knowledge.question;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.citybridge.platform.tenancy.Caller;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The practices' side of "turn an accepted question into a practice", for the tests: it remembers
 * each draft and answers a new id. Primary, so that the tests keep it once the real one is wired in.
 */
@Component
@Primary
public class RecordingPracticeDrafts implements PracticeDrafts {

    public record Drafted(String practiceId, String municipality, QuestionDraft draft) {
    }

    private final List<Drafted> drafted = new CopyOnWriteArrayList<>();

    @Override
    public String draftFromQuestion(Caller caller, QuestionDraft draft) {
        String id = "practice-" + UUID.randomUUID();
        drafted.add(new Drafted(id, caller.municipality(), draft));
        return id;
    }

    public List<Drafted> drafted() {
        return List.copyOf(drafted);
    }
}
