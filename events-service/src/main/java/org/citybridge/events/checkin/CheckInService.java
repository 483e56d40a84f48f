package org.citybridge.events.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.citybridge.events.congress.Congress;
import org.citybridge.events.ticket.CongressAccess;
import org.citybridge.events.ticket.MalformedTicketSecretException;
import org.citybridge.events.ticket.ScannedSecret;
import org.citybridge.events.ticket.TicketHolder;
import org.citybridge.events.ticket.TicketHolders;
import org.citybridge.events.ticket.TicketHoldersSeam;
import org.citybridge.events.ticket.TicketSecrets;
import org.citybridge.events.ticket.TicketService;
import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.TenantScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Check-in at the door from many devices at once, online and offline. Exactly-once is the database's
 * job, not a lock's: a check-in's id is its list and registration (first insert wins), a scan's id is
 * its list and nonce (a retry finds the first answer).
 */
@Service
public class CheckInService {

    /** How far a device's clock may run ahead of the server's. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** Offline scans older than this are not taken: no congress lasts that long without a sync. */
    private static final Duration OFFLINE_HORIZON = Duration.ofDays(30);
    private static final Duration ONLINE_HORIZON = Duration.ofHours(1);
    public static final int MAX_LISTS_PER_CONGRESS = 200;
    private static final int TALLY_PAGE = 500;

    private final CongressAccess access;
    private final TicketHoldersSeam holders;
    private final TicketService tickets;
    private final TenantStore<CheckInList> lists;
    private final TenantStore<CheckIn> checkIns;
    private final TenantStore<Scan> scans;
    private final DateTimeFormatter doorTime;
    /** Milliseconds, as MongoDB stores them: an answer read back equals the answer given. */
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));

    CheckInService(CongressAccess access, TicketHoldersSeam holders, TicketService tickets, AggregateStores stores,
            @Value("${citybridge.check-in.time-zone:Europe/Amsterdam}") String timeZone) {
        this.access = access;
        this.holders = holders;
        this.tickets = tickets;
        this.lists = stores.tenantOwned(CheckInList.class);
        this.checkIns = stores.tenantOwned(CheckIn.class);
        this.scans = stores.tenantOwned(Scan.class);
        this.doorTime = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of(timeZone));
    }

    /** A list for the whole congress ({@code sessionId} null) or for one of its sessions. */
    public CheckInList createList(Caller caller, String congressId, String name, String sessionId) {
        return planList(access.requireOrganiser(caller, congressId), name, sessionId);
    }

    /** For a congress whose organiser was checked, or for demo data, which acts for its organisers. */
    public CheckInList planList(Congress congress, String name, String sessionId) {
        if (sessionId != null && congress.session(sessionId).isEmpty()) {
            throw new InvalidValueException("sessionId", "names no session of the congress: " + sessionId);
        }
        if (lists.findForSystem(ofCongress(congress), PageRequest.of(0, 1)).getTotalElements()
                >= MAX_LISTS_PER_CONGRESS) {
            throw new ConflictException("A congress has at most " + MAX_LISTS_PER_CONGRESS + " check-in lists");
        }
        return lists.save(new CheckInList(congress.municipality(), congress.id(), sessionId, name, clock.instant()));
    }

    public Page<CheckInList> listsOf(Caller caller, String congressId, Pageable page) {
        return lists.findForSystem(ofCongress(access.requireOrganiser(caller, congressId)), page);
    }

    public CheckInList list(Caller caller, String congressId, String listId) {
        Congress congress = access.requireOrganiser(caller, congressId);
        return lists.findForSystem(listId).filter(list -> list.congressId().equals(congress.id())
                && list.municipality().equals(congress.municipality()))
                .orElseThrow(() -> NotFoundException.of("Check-in list", listId));
    }

    /**
     * What is stored of a congress's check-in: its owner city's, whichever organiser (of the owner or a
     * co-organising city, checked by {@link CongressAccess}) asks.
     */
    private static Criteria ofCongress(Congress congress) {
        return Criteria.where(TenantScope.MUNICIPALITY).is(congress.municipality()).and("congressId")
                .is(congress.id());
    }

    /**
     * An online scan. A text that is neither a code nor a ticket secret is the client's mistake
     * ({@link MalformedTicketSecretException}, 400); everything else gets an answer.
     */
    public ScanResult scan(Caller caller, String congressId, String listId, Scan.Request request) {
        CheckInList list = list(caller, congressId, listId);
        Optional<Scan> retried = scans.findForSystem(Scan.idOf(list, request.nonce()));
        if (retried.isPresent()) {
            return result(retried.get());
        }
        Instant now = clock.instant();
        Instant scannedAt = request.scannedAt() == null ? now : within(request.scannedAt(), now, ONLINE_HORIZON);
        Verdict verdict = judge(list, request.secretOrCode(), scannedAt);
        CheckIn first = null;
        ScanAnswer answer = verdict.answer();
        if (verdict.admits()) {
            Attempt attempt = checkIn(list, verdict.holder(), request, scannedAt, false, now);
            answer = attempt.answer();
            first = attempt.first();
        }
        return result(keep(Scan.answered(list, request, scannedAt, now, verdict.registrationId(), answer, first)));
    }

    /** Scans a device made offline, uploaded with their original time and nonce; each is kept, flagged if refused. */
    public List<ScanResult> upload(Caller caller, String congressId, String listId, List<Scan.Request> requests) {
        CheckInList list = list(caller, congressId, listId);
        Instant now = clock.instant();
        List<ScanResult> results = new ArrayList<>(requests.size());
        for (Scan.Request request : requests) {
            Instant scannedAt = within(request.scannedAt(), now, OFFLINE_HORIZON);
            Optional<Scan> retried = scans.findForSystem(Scan.idOf(list, request.nonce()));
            if (retried.isPresent()) {
                results.add(result(retried.get()));
                continue;
            }
            Verdict verdict;
            try {
                verdict = judge(list, request.secretOrCode(), scannedAt);
            } catch (MalformedTicketSecretException e) {
                // The device let someone in on something that is no ticket: kept, flagged, never a failed upload.
                verdict = Verdict.refused(ScanAnswer.UNKNOWN, null);
            }
            ScanAnswer answer = verdict.answer();
            CheckIn first = null;
            if (verdict.admits()) {
                Attempt attempt = checkIn(list, verdict.holder(), request, scannedAt, true, now);
                answer = attempt.answer();
                first = attempt.first();
            }
            results.add(result(keep(Scan.uploaded(list, request, scannedAt, now, verdict.registrationId(), answer,
                    first))));
        }
        return results;
    }

    /** The list's scans that the server would have refused: what the organiser reviews after the day. */
    public Page<Scan> forcedScans(Caller caller, String congressId, String listId, Pageable page) {
        CheckInList list = list(caller, congressId, listId);
        return scans.findForSystem(Criteria.where(TenantScope.MUNICIPALITY).is(list.municipality()).and("listId")
                .is(list.id()).and("forced").is(true), page);
    }

    public CheckInCounts counts(Caller caller, String congressId) {
        Congress congress = access.requireOrganiser(caller, congressId);
        Tally tally = tally(congressId);
        List<CheckInList> congressLists = lists.findForSystem(ofCongress(congress),
                PageRequest.of(0, MAX_LISTS_PER_CONGRESS, Sort.by("createdAt", "id"))).getContent();
        List<CheckInCounts.ListCount> listCounts = congressLists.stream().map(list -> new CheckInCounts.ListCount(
                list.id(), list.name(), list.sessionId(),
                list.sessionId() == null ? tally.confirmed() : tally.perSession().getOrDefault(list.sessionId(), 0L),
                checkedIn(ofCongress(congress).and("listId").is(list.id())))).toList();
        TreeSet<String> sessions = new TreeSet<>(tally.perSession().keySet());
        congressLists.stream().map(CheckInList::sessionId).filter(Objects::nonNull).forEach(sessions::add);
        List<CheckInCounts.SessionCount> sessionCounts = sessions.stream().map(session -> new CheckInCounts.SessionCount(
                session, tally.perSession().getOrDefault(session, 0L),
                checkedIn(ofCongress(congress).and("sessionId").is(session)))).toList();
        return new CheckInCounts(congressId, tally.confirmed(), listCounts, sessionCounts);
    }

    private long checkedIn(Criteria filter) {
        return checkIns.findForSystem(filter, PageRequest.of(0, 1)).getTotalElements();
    }

    private record Tally(long confirmed, Map<String, Long> perSession) {
    }

    /** The congress's confirmed registrations, in total and per session, read page by page through the seam. */
    private Tally tally(String congressId) {
        TicketHolders registrations = holders.get();
        Map<String, Long> perSession = new TreeMap<>();
        long confirmed = 0;
        Pageable page = PageRequest.of(0, TALLY_PAGE);
        Page<TicketHolder> holdersPage;
        do {
            holdersPage = registrations.confirmedOf(congressId, page);
            for (TicketHolder holder : holdersPage) {
                confirmed++;
                holder.sessionIds().forEach(session -> perSession.merge(session, 1L, Long::sum));
            }
            page = page.next();
        } while (holdersPage.hasNext());
        return new Tally(confirmed, perSession);
    }

    /** What the server makes of a scanned text for a list, before anyone is checked in. */
    private record Verdict(ScanAnswer answer, TicketHolder holder, String registrationId) {

        static Verdict refused(ScanAnswer answer, String registrationId) {
            return new Verdict(answer, null, registrationId);
        }

        boolean admits() {
            return holder != null;
        }
    }

    /** Judged at the moment of the scan: an offline scan as the server would have judged it then. */
    private Verdict judge(CheckInList list, String secretOrCode, Instant scannedAt) {
        TicketHolders registrations = holders.get();
        Optional<TicketHolder> holder;
        if (TicketSecrets.looksLikeSecret(secretOrCode)) {
            ScannedSecret scanned = tickets.scan(list.congressId(), secretOrCode.strip());
            switch (scanned.status()) {
                case NOT_THIS_CONGRESS -> {
                    return Verdict.refused(ScanAnswer.UNKNOWN, null);
                }
                case REVOKED -> {
                    return Verdict.refused(ScanAnswer.REVOKED, scanned.payload().registrationId());
                }
                default -> {
                    if (!scanned.payload().validAt(scannedAt)) {
                        return Verdict.refused(ScanAnswer.NOT_VALID_NOW, scanned.payload().registrationId());
                    }
                    holder = registrations.byRegistrationId(scanned.payload().registrationId());
                }
            }
        } else {
            holder = registrations.byCode(secretOrCode.strip());
        }
        holder = holder.filter(found -> found.congressId().equals(list.congressId()));
        if (holder.isEmpty()) {
            return Verdict.refused(ScanAnswer.UNKNOWN, null);
        }
        if (!holder.get().confirmed()) {
            return Verdict.refused(ScanAnswer.CANCELLED, holder.get().registrationId());
        }
        if (!validAt(holder.get(), scannedAt)) {
            // A code typed in lets in no earlier or later than the ticket would.
            return Verdict.refused(ScanAnswer.NOT_VALID_NOW, holder.get().registrationId());
        }
        if (!list.admits(holder.get())) {
            return Verdict.refused(ScanAnswer.NOT_ON_LIST, holder.get().registrationId());
        }
        return new Verdict(ScanAnswer.CHECKED_IN, holder.get(), holder.get().registrationId());
    }

    private static boolean validAt(TicketHolder holder, Instant moment) {
        return (holder.validFrom() == null || !moment.isBefore(holder.validFrom()))
                && (holder.validUntil() == null || !moment.isAfter(holder.validUntil()));
    }

    private record Attempt(ScanAnswer answer, CheckIn first) {
    }

    /** The one write that decides: the first insert of this list and registration is the check-in. */
    private Attempt checkIn(CheckInList list, TicketHolder holder, Scan.Request request, Instant at, boolean offline,
            Instant now) {
        try {
            checkIns.save(CheckIn.of(list, holder.registrationId(), request, at, offline, now));
            return new Attempt(ScanAnswer.CHECKED_IN, null);
        } catch (DuplicateKeyException alreadyThere) {
            CheckIn first = checkIns.findForSystem(CheckIn.idOf(list, holder.registrationId()))
                    .orElseThrow(() -> alreadyThere);
            // The same scan retried while its first attempt was still running: it is that check-in.
            return first.madeBy(request.nonce()) ? new Attempt(ScanAnswer.CHECKED_IN, null)
                    : new Attempt(ScanAnswer.ALREADY_CHECKED_IN, first);
        }
    }

    /** Keeps the scan under its nonce; if a retry of it was kept meanwhile, that one's answer stands. */
    private Scan keep(Scan scan) {
        try {
            return scans.save(scan);
        } catch (DuplicateKeyException retriedMeanwhile) {
            return scans.findForSystem(scan.id()).orElseThrow(() -> retriedMeanwhile);
        }
    }

    private static Instant within(Instant scannedAt, Instant now, Duration horizon) {
        if (scannedAt == null) {
            throw new InvalidValueException("scannedAt", "is required for a scan made offline");
        }
        if (scannedAt.isAfter(now.plus(CLOCK_SKEW)) || scannedAt.isBefore(now.minus(horizon))) {
            throw new InvalidValueException("scannedAt", "must lie between " + horizon.toHours()
                    + " hours ago and a few minutes from now (is the device's clock right?)");
        }
        return scannedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    private ScanResult result(Scan scan) {
        String name = scan.registrationId() == null ? null
                : holders.get().byRegistrationId(scan.registrationId()).map(TicketHolder::name).orElse(null);
        return new ScanResult(scan.nonce(), scan.answer(), scan.registrationId(), name, scan.scannedAt(),
                scan.firstCheckedInAt(), scan.firstDeviceId(), message(scan), scan.offline(), scan.forced(),
                scan.wouldHaveRefused());
    }

    private String message(Scan scan) {
        String answer = answerMessage(scan);
        return scan.forced() ? "Let in offline, but the server would have refused: " + answer : answer;
    }

    private String answerMessage(Scan scan) {
        return switch (scan.answer()) {
            case CHECKED_IN -> "Checked in";
            case ALREADY_CHECKED_IN -> scan.firstCheckedInAt() == null ? "Already checked in"
                    : "Already checked in at " + doorTime.format(scan.firstCheckedInAt()) + " on device "
                            + scan.firstDeviceId();
            case UNKNOWN -> "Unknown ticket or code for this congress";
            case CANCELLED -> "This registration is cancelled or not confirmed";
            case REVOKED -> "This ticket was replaced or revoked; ask for the current one";
            case NOT_ON_LIST -> "Not registered for this session";
            case NOT_VALID_NOW -> "This ticket is not valid at this time (before or after the congress)";
        };
    }
}
