package org.citybridge.events.ticket;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ConcurrentSaves;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.TenantScope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Tickets: issued to a confirmed registration on first request, re-issued when the registration no
 * longer matches what its secret says (the old one is revoked), checked at the door, and the keys and
 * revocation list that door devices download.
 */
@Service
public class TicketService {

    /** 96 random bits: a ticket id nobody guesses, short enough for the QR code. */
    private static final int TICKET_ID_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One public key as devices download it. */
    public record PublicTicketKey(String keyId, String algorithm, String publicKey, String rawPublicKey,
            Instant createdAt) {
    }

    private final TicketHoldersSeam holders;
    private final CongressAccess access;
    private final TicketKeys keys;
    private final TicketRevocations revocations;
    private final TenantStore<Ticket> tickets;
    private final TenantStore<Revocation> revocationList;
    /** Milliseconds, as MongoDB stores them: an answer read back equals the answer given. */
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));

    TicketService(TicketHoldersSeam holders, CongressAccess access, TicketKeys keys, TicketRevocations revocations,
            AggregateStores stores) {
        this.holders = holders;
        this.access = access;
        this.keys = keys;
        this.revocations = revocations;
        this.tickets = stores.tenantOwned(Ticket.class);
        this.revocationList = stores.tenantOwned(Revocation.class);
    }

    /** The registration's holder, for its owner only: a wrong or missing token is "not found". */
    public TicketHolder holderFor(String code, String managementToken) {
        TicketHolders registrations = holders.get();
        if (managementToken == null || managementToken.isBlank()
                || !registrations.registrationTokenMatches(code, managementToken)) {
            throw NotFoundException.of("Registration", code);
        }
        return registrations.byCode(code).orElseThrow(() -> NotFoundException.of("Registration", code));
    }

    public IssuedTicket ticketFor(String code, String managementToken) {
        return currentTicket(holderFor(code, managementToken));
    }

    /** The holder's valid ticket, issued now if it has none or its secret no longer says what the registration does. */
    public IssuedTicket currentTicket(TicketHolder holder) {
        if (!holder.confirmed()) {
            throw new ConflictException("Registration " + holder.code() + " is not confirmed, so it has no ticket");
        }
        return ConcurrentSaves.retried("ticket", () -> {
            Optional<Ticket> stored = tickets.findForSystem(holder.registrationId());
            if (stored.isPresent() && stored.get().describes(holder) && !revocations.isRevoked(stored.get().ticketId())) {
                return view(holder, stored.get());
            }
            stored.filter(Ticket::hasCurrent).ifPresent(outdated -> revocations.record(outdated, TicketRevocations.CHANGED));
            TicketPayload payload = new TicketPayload(newTicketId(), holder.registrationId(), holder.congressId(),
                    holder.sessionIds(), holder.validFrom(), holder.validUntil());
            CongressKey key = keys.forCongress(holder.congressId(), holder.municipality());
            String secret = TicketSecrets.sign(payload, keys.privateKeyOf(key));
            Instant now = clock.instant();
            Ticket ticket;
            if (stored.isPresent()) {
                ticket = stored.get();
                ticket.reissue(payload, secret, now);
            } else {
                ticket = Ticket.issue(holder, payload, secret, now);
            }
            try {
                tickets.save(ticket);
            } catch (DuplicateKeyException issuedMeanwhile) {
                throw new OptimisticLockingFailureException("Another request issued the first ticket meanwhile");
            }
            return view(holder, ticket);
        });
    }

    /**
     * What a scanned secret is for this congress. Throws {@link MalformedTicketSecretException} for a
     * text that is no secret at all.
     */
    public ScannedSecret scan(String congressId, String secret) {
        TicketSecrets.SignedTicket signed = TicketSecrets.parse(secret);
        boolean genuine = keys.existing(congressId).map(TicketKeys::publicKeyOf).filter(signed::signedBy).isPresent();
        TicketPayload payload = signed.payload();
        if (!genuine || !payload.congressId().equals(congressId)) {
            return new ScannedSecret(ScannedSecret.Status.NOT_THIS_CONGRESS, null);
        }
        boolean superseded = tickets.findForSystem(payload.registrationId())
                .map(ticket -> !payload.ticketId().equals(ticket.ticketId())).orElse(true);
        if (superseded || revocations.isRevoked(payload.ticketId())) {
            return new ScannedSecret(ScannedSecret.Status.REVOKED, payload);
        }
        return new ScannedSecret(ScannedSecret.Status.GENUINE, payload);
    }

    /** The congress's public key(s), made on first use, for its organisers' door devices. */
    public List<PublicTicketKey> keysOf(Caller caller, String congressId) {
        String municipality = access.requireOrganiser(caller, congressId).municipality();
        CongressKey key = keys.forCongress(congressId, municipality);
        return List.of(new PublicTicketKey(key.keyId(), TicketSecrets.ALGORITHM, key.publicKey(),
                TicketKeys.rawPublicKey(key), key.createdAt()));
    }

    /** The congress's revoked tickets since a moment (inclusive; null: all), oldest first. */
    public Page<Revocation> revocationsOf(Caller caller, String congressId, Instant since, Pageable page) {
        String municipality = access.requireOrganiser(caller, congressId).municipality();
        Criteria filter = Criteria.where(TenantScope.MUNICIPALITY).is(municipality).and("congressId").is(congressId);
        if (since != null) {
            filter = filter.and("revokedAt").gte(since);
        }
        // The owner city's list, also for a co-organiser's devices: the organiser's right was checked above.
        return revocationList.findForSystem(filter, page);
    }

    private static IssuedTicket view(TicketHolder holder, Ticket ticket) {
        return new IssuedTicket(holder.registrationId(), holder.code(), ticket.congressId(), ticket.ticketId(),
                ticket.secret(), ticket.sessionIds(), ticket.validFrom(), ticket.validUntil(), ticket.issuedAt());
    }

    private static String newTicketId() {
        byte[] bytes = new byte[TICKET_ID_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
