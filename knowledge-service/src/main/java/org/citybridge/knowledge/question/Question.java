package org.citybridge.knowledge.question;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotAllowedException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.search.SearchText;
import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A question an officer asks other cities. It belongs to the asker's city. Addressed to the network it
 * is shared with every member (NETWORK); addressed to chosen cities or a bridge group it stays PRIVATE
 * to the asker's city and is shown besides only to the addressed cities and the invited officers
 * ({@link QuestionScope}). Officers of the addressed cities and invited officers answer; the asker's
 * city accepts one answer and may change its mind; others mark answers helpful, once each.
 */
@Document("questions")
public class Question extends TenantAggregate {

    /** Recorded when asked, with the question as saved. */
    public record Asked(Question question) {
    }

    public record Answered(Question question, Answer answer) {
    }

    public record AnswerAccepted(Question question, Answer answer, String acceptedBy, Instant acceptedAt) {
    }

    @Id
    private String id;
    private String title;
    private String body;
    private String language;
    private List<String> themes = new ArrayList<>();
    private String askedBy;
    @Indexed
    private Instant askedAt;
    private Audience audience;
    /** The cities other than the asker's it is addressed to; empty for the whole network. */
    @Indexed
    private List<String> addressedTo = new ArrayList<>();
    private String bridgeGroupId;
    @Indexed
    private List<String> invited = new ArrayList<>();
    private List<Answer> answers = new ArrayList<>();
    /** The cities that answered: an officer's inbox leaves out what their city answered already. */
    private Set<String> answeringCities = new LinkedHashSet<>();
    @Indexed
    private QuestionStatus status;
    private String acceptedAnswerId;
    private String acceptedBy;
    private Instant acceptedAt;
    private String practiceId;
    /** Title and body as {@link SearchText} normalises them: the embedded store has no text index. */
    private String searchText;

    protected Question() {
    }

    private Question(String id, String municipality, Visibility visibility) {
        super(municipality, visibility);
        this.id = id;
    }

    /**
     * @param addressedTo for {@link Audience#MUNICIPALITIES} the chosen cities, for
     *                    {@link Audience#BRIDGE_GROUP} the group's member cities; ignored for the network
     */
    public static Question ask(Caller asker, QuestionContent content, Audience audience,
            Collection<String> addressedTo, String bridgeGroupId, Collection<String> invited, Instant now) {
        return ask(UUID.randomUUID().toString(), asker, content, audience, addressedTo, bridgeGroupId, invited, now);
    }

    /** With a fixed id: the demo data's, found again on the next start. */
    public static Question ask(String id, Caller asker, QuestionContent content, Audience audience,
            Collection<String> addressedTo, String bridgeGroupId, Collection<String> invited, Instant now) {
        String city = asker.requireMunicipality();
        Question question = new Question(Objects.requireNonNull(id), city,
                audience == Audience.NETWORK ? Visibility.NETWORK : Visibility.PRIVATE);
        question.apply(content);
        question.askedBy = Objects.requireNonNull(asker.subject());
        question.askedAt = now;
        question.audience = Objects.requireNonNull(audience);
        if (audience != Audience.NETWORK) {
            Set<String> others = new LinkedHashSet<>(addressedTo == null ? List.of() : addressedTo);
            others.remove(city);
            if (others.isEmpty()) {
                throw new InvalidValueException(audience == Audience.BRIDGE_GROUP ? "bridgeGroupId" : "municipalities",
                        "must name at least one city other than your own");
            }
            question.addressedTo = new ArrayList<>(others);
        }
        question.bridgeGroupId = audience == Audience.BRIDGE_GROUP ? Objects.requireNonNull(bridgeGroupId) : null;
        question.invited = invited == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(invited));
        question.invited.remove(question.askedBy);
        question.status = QuestionStatus.OPEN;
        question.record(new Asked(question));
        return question;
    }

    private void apply(QuestionContent content) {
        this.title = content.title().strip();
        this.body = content.body().strip();
        this.language = content.language();
        this.themes = new ArrayList<>(new LinkedHashSet<>(content.themes()));
        this.searchText = SearchText.normalise(title + " " + body);
    }

    /** The in-memory twin of {@link QuestionScope#visibleTo(Caller)}. */
    public boolean isReadableBy(Caller caller) {
        return isVisibleTo(caller) || caller.municipality() != null && addressedTo.contains(caller.municipality())
                || caller.subject() != null && invited.contains(caller.subject());
    }

    /** Officers of the addressed cities, or of any other city for a network question, and invited officers. */
    public boolean mayBeAnsweredBy(Caller caller) {
        if (caller.subject() != null && invited.contains(caller.subject())) {
            return true;
        }
        String city = caller.municipality();
        if (city == null || city.equals(municipality())) {
            return false;
        }
        return audience == Audience.NETWORK || addressedTo.contains(city);
    }

    public Answer answer(Caller caller, String text, Instant now) {
        if (!mayBeAnsweredBy(caller)) {
            throw new NotAllowedException("Only officers of the cities this question is addressed to, and the "
                    + "officers invited, answer it.");
        }
        Answer answer = new Answer(UUID.randomUUID().toString(), text, caller.requireMunicipality(), caller.subject(),
                now);
        answers.add(answer);
        answeringCities.add(answer.municipality());
        record(new Answered(this, answer));
        return answer;
    }

    /** The asker, or another officer of the asker's city, accepts; accepting another answer changes it. */
    public void accept(Caller caller, String answerId, Instant now) {
        if (!caller.belongsTo(municipality())) {
            throw new NotAllowedException("The asking city accepts an answer.");
        }
        Answer answer = findAnswer(answerId);
        if (answerId.equals(acceptedAnswerId)) {
            return;
        }
        acceptedAnswerId = answerId;
        acceptedBy = caller.subject();
        acceptedAt = now;
        status = QuestionStatus.ACCEPTED;
        record(new AnswerAccepted(this, answer, acceptedBy, now));
    }

    /** False when this person had marked it helpful already: each person counts once. */
    public boolean markHelpful(Caller caller, String answerId) {
        Answer answer = findAnswer(answerId);
        if (Objects.equals(answer.answeredBy(), caller.subject())) {
            throw new ConflictException("Your own answer cannot be marked helpful by you.");
        }
        return answer.markHelpfulBy(Objects.requireNonNull(caller.subject()));
    }

    /** What a practice drafted from this question starts with. */
    public QuestionDraft practiceDraft(Caller caller) {
        if (!caller.belongsTo(municipality())) {
            throw new NotAllowedException("The asking city turns its question into a practice.");
        }
        if (status != QuestionStatus.ACCEPTED) {
            throw new ConflictException("Accept an answer first: its text becomes the practice's approach.");
        }
        if (practiceId != null) {
            throw new ConflictException("This question became practice " + practiceId + " already.");
        }
        return new QuestionDraft(id, title, body, findAnswer(acceptedAnswerId).body(), language, List.copyOf(themes));
    }

    public void turnedInto(String newPracticeId) {
        if (practiceId != null) {
            throw new ConflictException("This question became practice " + practiceId + " already.");
        }
        practiceId = Objects.requireNonNull(newPracticeId);
    }

    private Answer findAnswer(String answerId) {
        return answers.stream().filter(answer -> answer.id().equals(answerId)).findFirst()
                .orElseThrow(() -> NotFoundException.of("Answer", answerId));
    }

    @Override
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String language() {
        return language;
    }

    public List<String> themes() {
        return List.copyOf(themes);
    }

    public String askedBy() {
        return askedBy;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public Audience audience() {
        return audience;
    }

    public List<String> addressedTo() {
        return List.copyOf(addressedTo);
    }

    public String bridgeGroupId() {
        return bridgeGroupId;
    }

    public List<String> invited() {
        return List.copyOf(invited);
    }

    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    public Set<String> answeringCities() {
        return Set.copyOf(answeringCities);
    }

    public QuestionStatus status() {
        return status;
    }

    public Optional<Answer> acceptedAnswer() {
        return acceptedAnswerId == null ? Optional.empty() : Optional.of(findAnswer(acceptedAnswerId));
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String practiceId() {
        return practiceId;
    }
}
