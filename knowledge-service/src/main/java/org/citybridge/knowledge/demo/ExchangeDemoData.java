package org.citybridge.knowledge.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.citybridge.knowledge.bridgegroup.BridgeGroup;
import org.citybridge.knowledge.bridgegroup.Member;
import org.citybridge.knowledge.handbook.Chapter;
import org.citybridge.knowledge.handbook.Handbook;
import org.citybridge.knowledge.handbook.HandbookService;
import org.citybridge.knowledge.question.Answer;
import org.citybridge.knowledge.question.Audience;
import org.citybridge.knowledge.question.Question;
import org.citybridge.knowledge.question.QuestionContent;
import org.citybridge.knowledge.study.Study;
import org.citybridge.knowledge.study.StudyContent;
import org.citybridge.platform.demo.DemoFiles;
import org.citybridge.platform.store.AggregateRoot;
import org.citybridge.platform.store.AggregateStore;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.NetworkStore;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;

/**
 * Loads the exchange between cities written from the seeds when {@code citybridge.demo.enabled} is set:
 * the Münster–Almelo bridge group with its two congresses ({@code demo/bridge-groups.json}), the
 * University of Twente's and Variya's analyses ({@code demo/studies.json}), the first edition of
 * KleurRijk Almelo's handbook made of them and of three demo practices shared with the network
 * ({@code demo/handbooks.json}) and questions between Almelo,
 * Münster and Antwerpen with answers, one accepted ({@code demo/questions.json}). Ids are fixed, so a
 * second start finds them and adds nothing. Each entry says what is fictitious.
 */
@Component
@ConditionalOnProperty("citybridge.demo.enabled")
class ExchangeDemoData {

    private static final Logger log = LoggerFactory.getLogger(ExchangeDemoData.class);

    record DemoMeeting(String congressId, String title, LocalDate date) {
    }

    record DemoBridgeGroup(String id, String name, String purpose, List<String> memberCities, List<Member> members,
            List<DemoMeeting> meetings, List<String> fictitious, String source) {
    }

    record DemoStudy(String id, String municipality, String title, String commissionedBy, String conductedBy,
            String forWhom, LocalDate periodStart, LocalDate periodEnd, String summary, List<String> findings,
            String language, String documentUrl, Visibility visibility, List<String> fictitious, String source) {

        StudyContent content() {
            return new StudyContent(title, commissionedBy, conductedBy, forWhom, periodStart, periodEnd, summary,
                    findings, language, documentUrl, null);
        }
    }

    record DemoEdition(String title, String introduction, List<Chapter> chapters, boolean publish) {
    }

    record DemoHandbook(String id, String municipality, String title, String description, Visibility visibility,
            DemoEdition edition, List<String> fictitious, String source) {
    }

    record DemoAnswer(String municipality, String answeredBy, Instant answeredAt, String body, boolean accepted) {
    }

    record DemoQuestion(String id, String municipality, String askedBy, Instant askedAt, String title, String body,
            String language, List<String> themes, Audience audience, List<String> municipalities,
            String bridgeGroupId, List<String> invite, List<DemoAnswer> answers, List<String> fictitious,
            String source) {
    }

    /** What one step found: how many it added, how many a previous start had added already. */
    record Tally(String what, int added, int alreadyThere) {

        @Override
        public String toString() {
            return what + ": " + added + " added, " + alreadyThere + " already there";
        }
    }

    private final NetworkStore<BridgeGroup> groups;
    private final TenantStore<Study> studies;
    private final TenantStore<Handbook> handbooks;
    private final TenantStore<Question> questions;
    private final HandbookService handbookService;
    private final Clock clock = Clock.systemUTC();

    ExchangeDemoData(AggregateStores stores, HandbookService handbookService) {
        this.groups = stores.networkWide(BridgeGroup.class);
        this.studies = stores.tenantOwned(Study.class);
        this.handbooks = stores.tenantOwned(Handbook.class);
        this.questions = stores.tenantOwned(Question.class);
        this.handbookService = handbookService;
    }

    /**
     * Groups before the questions addressed to them, studies before the handbook quoting them; the demo
     * practices the handbook quotes are loaded before this ({@link DemoLoader}).
     */
    List<Tally> load() {
        List<Tally> tallies = new ArrayList<>();
        tallies.add(insertMissing("bridge groups", readBridgeGroups(), DemoBridgeGroup::id,
                id -> groups.findById(id).isPresent(), groups, this::group));
        tallies.add(insertMissing("studies", readStudies(), DemoStudy::id,
                id -> studies.findForSystem(id).isPresent(), studies, this::study));
        tallies.add(insertMissing("questions", readQuestions(), DemoQuestion::id,
                id -> questions.findForSystem(id).isPresent(), questions, this::question));
        tallies.add(handbooks());
        return tallies;
    }

    private BridgeGroup group(DemoBridgeGroup demo) {
        BridgeGroup group = BridgeGroup.between(demo.id(), demo.name(), demo.purpose(), demo.memberCities(),
                clock.instant());
        demo.members().forEach(group::addMember);
        demo.meetings().forEach(meeting -> group.planMeeting(meeting.congressId(), meeting.title(), meeting.date()));
        return group;
    }

    private Study study(DemoStudy demo) {
        return Study.record(demo.id(), demo.municipality(), demo.content(), demo.visibility(), clock.instant());
    }

    private Question question(DemoQuestion demo) {
        Caller asker = officer(demo.askedBy(), demo.municipality());
        List<String> addressed = demo.audience() == Audience.BRIDGE_GROUP
                ? groups.findById(demo.bridgeGroupId()).orElseThrow(() -> new IllegalStateException(
                        "Demo question " + demo.id() + " names no bridge group")).memberCities()
                : demo.municipalities();
        Question question = Question.ask(demo.id(), asker,
                new QuestionContent(demo.title(), demo.body(), demo.language(), demo.themes()), demo.audience(),
                addressed, demo.bridgeGroupId(), demo.invite(), demo.askedAt());
        for (DemoAnswer given : demo.answers()) {
            Answer answer = question.answer(officer(given.answeredBy(), given.municipality()), given.body(),
                    given.answeredAt());
            if (given.accepted()) {
                question.accept(asker, answer.id(), given.answeredAt().plusSeconds(2 * 24 * 3600));
            }
        }
        return question;
    }

    /**
     * Through the handbook service, as an officer of the city would: the edition's chapters are checked
     * and its texts copied in from the demo studies when it is published.
     */
    private Tally handbooks() {
        int added = 0;
        List<DemoHandbook> demo = readHandbooks();
        for (DemoHandbook handbook : demo) {
            if (handbooks.findForSystem(handbook.id()).isPresent()) {
                continue;
            }
            Caller editor = officer("demo-data", handbook.municipality());
            try {
                handbookService.start(editor, handbook.id(), handbook.title(), handbook.description(),
                        handbook.visibility());
            } catch (DuplicateKeyException raced) {
                continue;
            }
            DemoEdition edition = handbook.edition();
            handbookService.reviseDraft(editor, handbook.id(), 1, edition.title(), edition.introduction(),
                    edition.chapters());
            if (edition.publish()) {
                handbookService.publish(editor, handbook.id(), 1);
            }
            added++;
        }
        return new Tally("handbooks", added, demo.size() - added);
    }

    private static Caller officer(String subject, String municipality) {
        return new Caller(subject, municipality, Set.of(Role.OFFICER));
    }

    /**
     * Builds and saves, whole, each one whose id is not taken yet. Another instance starting at the same
     * moment may take an id between the look and the insert: that one is there too, not an error.
     */
    private static <D, A extends AggregateRoot> Tally insertMissing(String what, List<D> demo,
            Function<D, String> id, Predicate<String> exists, AggregateStore<A> store, Function<D, A> build) {
        int added = 0;
        for (D seed : demo) {
            if (exists.test(id.apply(seed))) {
                continue;
            }
            try {
                store.save(build.apply(seed));
                added++;
            } catch (DuplicateKeyException raced) {
                log.debug("Demo {} {} was added meanwhile", what, id.apply(seed));
            }
        }
        return new Tally(what, added, demo.size() - added);
    }

    static List<DemoBridgeGroup> readBridgeGroups() {
        return DemoFiles.read("bridge-groups.json", new TypeReference<List<DemoBridgeGroup>>() { });
    }

    static List<DemoStudy> readStudies() {
        return DemoFiles.read("studies.json", new TypeReference<List<DemoStudy>>() { });
    }

    static List<DemoHandbook> readHandbooks() {
        return DemoFiles.read("handbooks.json", new TypeReference<List<DemoHandbook>>() { });
    }

    static List<DemoQuestion> readQuestions() {
        return DemoFiles.read("questions.json", new TypeReference<List<DemoQuestion>>() { });
    }
}
