package org.citybridge.organisations.pact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.organisations.vision.VisionService;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotAllowedException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The pact's use cases, with what the city owns: its officers (the routes declare the role) write,
 * publish and record signatures of their own city's pact; the network reads published pacts; another
 * city's draft does not exist for anyone else (404).
 */
@Service
public class PactService {

    private final TenantStore<Pact> pacts;
    private final TenantStore<Organisation> organisations;
    private final PublicListing publicListing;
    private final VisionService visions;
    private final Clock clock;

    PactService(AggregateStores stores, PublicListing publicListing, VisionService visions) {
        this.pacts = stores.tenantOwned(Pact.class);
        this.organisations = stores.tenantOwned(Organisation.class);
        this.publicListing = publicListing;
        this.visions = visions;
        this.clock = Clock.systemUTC();
    }

    /** @param visionId the adopted vision of the caller's city the pact endorses, or null */
    public Pact create(Caller caller, PactContent content, String visionId) {
        Pact pact = Pact.draft(caller.requireMunicipality(), content);
        pact.endorse(endorsable(pact.municipality(), visionId));
        return pacts.save(pact);
    }

    /** A concurrent edit of the same draft is a real conflict: the loser gets 409 and reloads. */
    public Pact revise(PactId pactId, Caller caller, PactContent content, String visionId) {
        Pact pact = writable(pactId, caller);
        pact.revise(content);
        pact.endorse(endorsable(pact.municipality(), visionId));
        return pacts.save(pact);
    }

    private String endorsable(String municipality, String visionId) {
        return visionId == null || visionId.isBlank() ? null : visions.requireAdoptedOf(municipality, visionId).id();
    }

    public Pact publish(PactId pactId, Caller caller) {
        Pact pact = writable(pactId, caller);
        pact.publish(Instant.now(clock));
        return pacts.save(pact);
    }

    /** Published pacts for everyone who reaches the route; a draft for its own city only. */
    public Pact visible(PactId pactId, Caller caller) {
        return pacts.findVisible(caller, pactId.value()).orElseThrow(() -> NotFoundException.of("Pact", pactId));
    }

    /** For the public pages: what an anonymous visitor may see, whoever asks. A draft does not exist there. */
    public Pact published(PactId pactId) {
        return visible(pactId, Caller.anonymous());
    }

    /** For what only the owning city sees (the full signature records, the export): 404 to anyone else. */
    public Pact ownedBy(PactId pactId, Caller caller) {
        return pacts.findOwned(caller, pactId.value()).orElseThrow(() -> NotFoundException.of("Pact", pactId));
    }

    public Page<Pact> list(Caller caller, Pageable pageable) {
        return pacts.findVisible(caller, null, pageable);
    }

    /**
     * Records an organisation's signature. The organisation must be one of the pact's city; anything
     * else (unknown, or another city's) is the same invalid value, so the answer reveals nothing about
     * other cities' organisations.
     */
    public Signature sign(PactId pactId, Caller caller, Pledge pledge) {
        Pact pact = writable(pactId, caller);
        Organisation organisation = organisations.findOwned(caller, pledge.organisationId().value())
                .orElseThrow(() -> new InvalidValueException("organisationId",
                        "is not an organisation of " + pact.municipality()));
        Signing signing = new Signing(organisation.id(), organisation.name(), pledge.responsibleName(),
                pledge.responsibleRole(), pledge.signedOn(), pledge.commitments());
        String signatureId = UUID.randomUUID().toString();
        Signature signature = changeWithOneRetry(pact, current -> current.sign(signatureId, signing,
                Instant.now(clock), caller.subject()));
        publicListing.listPublicly(organisation.id());
        return signature;
    }

    public Signature withdraw(PactId pactId, SignatureId signatureId, Caller caller, LocalDate on) {
        Pact pact = writable(pactId, caller);
        return changeWithOneRetry(pact, current -> current.withdraw(signatureId, on));
    }

    /**
     * Signatures of different organisations often arrive together (a signing ceremony); they must not
     * fail each other. If the pact changed since it was read, the change is tried once more on the
     * fresh pact, whose own rules then decide: the second signing of the same organisation finds the
     * first one and is a conflict. A second lost race is answered 409.
     */
    private <T> T changeWithOneRetry(Pact pact, Function<Pact, T> change) {
        T result = change.apply(pact);
        try {
            pacts.save(pact);
            return result;
        } catch (OptimisticLockingFailureException e) {
            Pact fresh = pacts.findForSystem(pact.id()).orElseThrow(() -> NotFoundException.of("Pact", pact.id()));
            T retried = change.apply(fresh);
            pacts.save(fresh);
            return retried;
        }
    }

    /** 404 for a pact the caller cannot see, 403 for another city's published one. */
    private Pact writable(PactId pactId, Caller caller) {
        Pact pact = visible(pactId, caller);
        if (!pact.isOwnedBy(caller)) {
            throw new NotAllowedException("Only officers of " + pact.municipality() + " can change its pact.");
        }
        return pact;
    }
}
