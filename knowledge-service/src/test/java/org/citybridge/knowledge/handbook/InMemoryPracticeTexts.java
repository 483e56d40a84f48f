package org.citybridge.knowledge.handbook;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.citybridge.platform.tenancy.Caller;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The practices' texts for the tests, kept in memory: a test writes a practice, private to its city or
 * shared with the network, and may rewrite it later (to show a published edition does not change).
 * Primary, so that the tests keep it once the real adapter is wired in.
 */
@Component
@Primary
public class InMemoryPracticeTexts implements PracticeTexts {

    private record Stored(PracticeText text, boolean shared) {
    }

    private final Map<String, Stored> practices = new ConcurrentHashMap<>();

    public void put(PracticeText text, boolean sharedWithTheNetwork) {
        practices.put(text.id(), new Stored(text, sharedWithTheNetwork));
    }

    @Override
    public Optional<PracticeText> find(Caller caller, String practiceId) {
        return Optional.ofNullable(practices.get(practiceId))
                .filter(stored -> stored.shared() || caller.belongsTo(stored.text().municipality()))
                .map(Stored::text);
    }
}
