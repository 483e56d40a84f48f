package org.citybridge.organisations.pact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.organisations.organisation.OrganisationRepository;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.web.ForbiddenException;
import org.citybridge.platform.web.InvalidFieldException;
import org.citybridge.platform.web.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The pact's use cases, with who may do what: a city's officers write, publish and record signatures
 * of their own city's pact; the network reads published pacts; another city's draft does not exist
 * for anyone else (404).
 */
@Service
public class PactService {

    private final Pacts pacts;
    private final OrganisationRepository organisations;
    private final PublicListing publicListing;
    private final Clock clock;

    PactService(Pacts pacts, OrganisationRepository organisations, PublicListing publicListing) {
        this.pacts = pacts;
        this.organisations = organisations;
        this.publicListing = publicListing;
        this.clock = Clock.systemUTC();
    }

    public Pact create(Caller caller, PactContent content) {
        String municipality = caller.requireMunicipality();
        requireOfficer(caller);
        return pacts.insert(Pact.draft(municipality, content));
    }

    /** A concurrent edit of the same draft is a real conflict: the loser gets 409 and reloads. */
    public Pact revise(String pactId, Caller caller, PactContent content) {
        Pact pact = writable(pactId, caller);
        pact.revise(content);
        return pacts.update(pact);
    }

    public Pact publish(String pactId, Caller caller) {
        Pact pact = writable(pactId, caller);
        pact.publish(Instant.now(clock));
        return pacts.update(pact);
    }

    public Pact visible(String pactId, Caller caller) {
        return pacts.findById(pactId).filter(pact -> pact.isVisibleTo(caller))
                .orElseThrow(() -> NotFoundException.of("Pact", pactId));
    }

    /** For the public pages: a draft does not exist there, whoever asks. */
    public Pact published(String pactId) {
        return pacts.findById(pactId).filter(Pact::isPublished)
                .orElseThrow(() -> NotFoundException.of("Pact", pactId));
    }

    /** For what only the owning city sees (the full signature records, the export): 404 to anyone else. */
    public Pact ownedBy(String pactId, Caller caller) {
        return pacts.findById(pactId).filter(pact -> pact.isOwnedBy(caller))
                .orElseThrow(() -> NotFoundException.of("Pact", pactId));
    }

    public Page<Pact> list(Caller caller, Pageable pageable) {
        return pacts.findVisibleToMunicipality(caller.municipality(), pageable);
    }

    /**
     * Records an organisation's signature. The organisation must be one of the pact's city; anything
     * else (unknown, or another city's) is the same field error, so the answer reveals nothing about
     * other cities' organisations.
     */
    public Signature sign(String pactId, Caller caller, String organisationId, String responsibleName,
            String responsibleRole, LocalDate signedOn, List<Commitment> commitments) {
        Pact pact = writable(pactId, caller);
        Organisation organisation = organisations.findById(organisationId)
                .filter(candidate -> candidate.municipality().equals(pact.municipality()))
                .orElseThrow(() -> new InvalidFieldException("organisationId",
                        "is not an organisation of " + pact.municipality()));
        Signing signing = new Signing(organisation.id(), organisation.name(), responsibleName, responsibleRole,
                signedOn, commitments);
        String signatureId = UUID.randomUUID().toString();
        Signature signature = changeWithOneRetry(pact, current -> current.sign(signatureId, signing,
                Instant.now(clock), caller.subject()));
        publicListing.listPublicly(organisation.id());
        return signature;
    }

    public Signature withdraw(String pactId, String signatureId, Caller caller, LocalDate on) {
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
            pacts.update(pact);
            return result;
        } catch (OptimisticLockingFailureException e) {
            Pact fresh = pacts.findById(pact.id()).orElseThrow(() -> NotFoundException.of("Pact", pact.id()));
            T retried = change.apply(fresh);
            pacts.update(fresh);
            return retried;
        }
    }

    private Pact writable(String pactId, Caller caller) {
        Pact pact = visible(pactId, caller);
        if (!pact.isOwnedBy(caller)) {
            throw new ForbiddenException("Only officers of " + pact.municipality() + " can change its pact.");
        }
        requireOfficer(caller);
        return pact;
    }

    private static void requireOfficer(Caller caller) {
        if (!caller.hasRole(Caller.OFFICER)) {
            throw new ForbiddenException("Only an integration officer of the city can do this.");
        }
    }
}
