package org.citybridge.organisations.pact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.platform.demo.DemoFiles;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;

/**
 * Loads Almelo's integration pact from seed 003 ({@code demo/pacts.json}), published and signed by
 * demo organisations, when {@code citybridge.demo.enabled} is set. Runs after the organisations'
 * loader (order 1), whose organisations sign it. Ids are fixed, so a second start adds nothing; the
 * changes go through the aggregate, so their events go out like any others.
 */
@Component
@ConditionalOnProperty("citybridge.demo.enabled")
@Order(2)
class PactDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PactDemoData.class);

    record DemoSignature(String id, String organisationId, String responsibleName, String responsibleRole,
            LocalDate date, List<Commitment> commitments, String source) {
    }

    record DemoPact(String id, String municipality, String title, String visionTitle, Period period,
            LocalDate signedOn, String introduction, List<String> considerations, String endorsement,
            List<LineOfWork> linesOfWork, String closing, String source, List<DemoSignature> signatures,
            String visionId) {

        PactContent content() {
            return new PactContent(title, visionTitle, period, signedOn, introduction, considerations, endorsement,
                    linesOfWork, closing);
        }
    }

    private final TenantStore<Pact> pacts;
    private final TenantStore<Organisation> organisations;
    private final PublicListing publicListing;

    PactDemoData(AggregateStores stores, PublicListing publicListing) {
        this.pacts = stores.tenantOwned(Pact.class);
        this.organisations = stores.tenantOwned(Organisation.class);
        this.publicListing = publicListing;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoPact demo : read()) {
            Pact pact = pacts.findForSystem(demo.id()).orElseGet(() -> {
                Pact draft = Pact.draft(demo.id(), demo.municipality(), demo.content());
                // The adopted vision the pact endorses (seed 003), loaded just before by VisionDemoData.
                draft.endorse(demo.visionId());
                return pacts.save(draft);
            });
            if (!pact.isPublished()) {
                pact.publish(Instant.now());
                pact = pacts.save(pact);
            }
            int added = 0;
            for (DemoSignature seed : demo.signatures()) {
                Organisation organisation = organisations.findForSystem(seed.organisationId()).orElse(null);
                if (pact.signature(new SignatureId(seed.id())).isPresent() || organisation == null) {
                    continue;
                }
                pact.sign(seed.id(), new Signing(organisation.id(), organisation.name(), seed.responsibleName(),
                        seed.responsibleRole(), seed.date(), seed.commitments()), Instant.now(), "demo-data");
                pact = pacts.save(pact);
                publicListing.listPublicly(organisation.id());
                added++;
            }
            log.info("Demo data: pact {} with {} signatures added, {} were already there", demo.id(), added,
                    demo.signatures().size() - added);
        }
    }

    static List<DemoPact> read() {
        return DemoFiles.read("pacts.json", new TypeReference<List<DemoPact>>() { });
    }
}
