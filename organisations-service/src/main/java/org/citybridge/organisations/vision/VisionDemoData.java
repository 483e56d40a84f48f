package org.citybridge.organisations.vision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.citybridge.platform.demo.DemoFiles;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;

/**
 * Loads Almelo's shared-vision process of seed 000 ({@code demo/visions.json}): the discussion paper,
 * the three questions, the syntheses, and the adopted vision with its four general objectives and
 * the success factors, which the demo pact endorses; then a second edition in consultation, so that
 * the public form can be tried. Runs before the pacts ({@code @Order(2)}), which link to it. Fixed ids:
 * a second start adds nothing.
 */
@Component
@ConditionalOnProperty("citybridge.demo.enabled")
@Order(1)
class VisionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VisionDemoData.class);

    /** A public-form contribution to the second edition: approved (shown on the public page) or still pending. */
    record DemoPublicContribution(SourceGroup group, String district, Integer question, String text,
            String authorName, boolean showName, boolean approved) {
    }

    record DemoRevision(String id, String title, List<DemoPublicContribution> publicContributions) {
    }

    /** @param fromConversation whether it came from the district conversation */
    record DemoContribution(SourceGroup group, String district, String community, Integer question, String text,
            boolean fromConversation) {
    }

    /** @param fictitious what the seed does not say and the demo invents */
    record DemoVision(String id, String municipality, Visibility visibility, String title, List<Phase> phases,
            String paperTitle, String paperText, List<Question> questions, Map<Integer, String> syntheses,
            List<Objective> objectives, List<String> successFactors, LocalDate adoptedOn, DemoRevision revision,
            Meeting conversation, List<DemoContribution> contributions, List<String> fictitious, String source) {

        VisionContent content() {
            return new VisionContent(title, phases, paperTitle, paperText, questions);
        }
    }

    private static final String BY = "demo-data";

    private final TenantStore<VisionProcess> visions;
    private final TenantStore<Contribution> contributions;
    private final TenantStore<DistrictConversation> conversations;

    VisionDemoData(AggregateStores stores) {
        this.visions = stores.tenantOwned(VisionProcess.class);
        this.contributions = stores.tenantOwned(Contribution.class);
        this.conversations = stores.tenantOwned(DistrictConversation.class);
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = 0;
        List<DemoVision> demo = read();
        for (DemoVision seed : demo) {
            if (visions.findForSystem(seed.id()).isPresent()) {
                continue;
            }
            Instant now = Instant.now();
            VisionProcess vision = VisionProcess.prepare(seed.id(), seed.municipality(), seed.content(),
                    seed.visibility(), now);
            vision.openConsultation(now);
            // What came in, while the consultation ran: a district conversation and a contribution per group.
            DistrictConversation conversation = conversations.save(DistrictConversation.held(vision,
                    seed.conversation(), BY, now));
            for (DemoContribution contribution : seed.contributions()) {
                contributions.save(Contribution.enteredByOfficer(vision, new Submission(contribution.group(),
                        contribution.district(), contribution.community(), contribution.question(), contribution.text(),
                        null, false, false), contribution.fromConversation() ? conversation : null, BY, now));
            }
            seed.syntheses().forEach(vision::writeSynthesis);
            vision.adopt(new AdoptedVision(seed.objectives(), seed.successFactors(), seed.adoptedOn()));
            visions.save(vision);
            if (seed.revision() != null) {
                VisionProcess revision = vision.revision(seed.revision().id(), now);
                // No planned dates: the first edition's 2010 phases would say the consultation ended long ago.
                revision.revise(new VisionContent(seed.revision().title(), List.of(), seed.paperTitle(),
                        seed.paperText(), seed.questions()), null);
                revision.openConsultation(now);
                visions.save(revision);
                for (DemoPublicContribution sent : seed.revision().publicContributions()) {
                    Contribution contribution = Contribution.sentOnPublicForm(revision, new Submission(sent.group(),
                            sent.district(), null, sent.question(), sent.text(), sent.authorName(), sent.showName(),
                            true), now);
                    if (sent.approved()) {
                        contribution.approve(BY, now);
                    }
                    contributions.save(contribution);
                }
            }
            added++;
        }
        log.info("Demo data: {} vision processes added, {} were already there", added, demo.size() - added);
    }

    static List<DemoVision> read() {
        return DemoFiles.read("visions.json", new TypeReference<List<DemoVision>>() { });
    }
}
