package org.citybridge.knowledge.bridgegroup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.citybridge.knowledge.practice.Practice;
import org.citybridge.knowledge.practice.PracticeFilter;
import org.citybridge.knowledge.practice.PracticeService;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ConcurrentSaves;
import org.citybridge.platform.store.NetworkStore;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The bridge-group use cases; every read goes through {@link BridgeGroupScope}. */
@Service
public class BridgeGroupService {

    private final NetworkStore<BridgeGroup> groups;
    private final PracticeService practices;
    private final Clock clock;

    BridgeGroupService(AggregateStores stores, PracticeService practices) {
        this.groups = stores.networkWide(BridgeGroup.class);
        this.practices = practices;
        this.clock = Clock.systemUTC();
    }

    /** The admin creates a group between the cities named; an officer founds one and invites the others. */
    public BridgeGroup create(Caller caller, String name, String purpose, List<String> cities) {
        BridgeGroup group = caller.isAdmin() ? BridgeGroup.between(null, name, purpose, cities, clock.instant())
                : BridgeGroup.founded(caller, name, purpose, cities, clock.instant());
        return groups.save(group);
    }

    public BridgeGroup get(Caller caller, String id) {
        return groups.findById(id).filter(group -> group.isReadableBy(caller))
                .orElseThrow(() -> NotFoundException.of("Bridge group", id));
    }

    public Page<BridgeGroup> list(Caller caller, Pageable pageable) {
        return groups.findAll(BridgeGroupScope.visibleTo(caller), pageable);
    }

    /** The member cities of a group the caller's city belongs to: what a question to the group addresses. */
    public List<String> memberCitiesFor(Caller caller, String id) {
        BridgeGroup group = get(caller, id);
        if (!group.isMember(caller.municipality())) {
            throw NotFoundException.of("Bridge group", id);
        }
        return group.memberCities();
    }

    public BridgeGroup rename(Caller caller, String id, String name, String purpose) {
        return change(caller, id, group -> group.rename(name, purpose));
    }

    public BridgeGroup join(Caller caller, String id) {
        return ConcurrentSaves.retried("bridge group", () -> {
            BridgeGroup group = get(caller, id);
            group.join(caller);
            return groups.save(group);
        });
    }

    public BridgeGroup invite(Caller caller, String id, String city) {
        return change(caller, id, group -> group.invite(city));
    }

    public BridgeGroup addMember(Caller caller, String id, Member member) {
        return change(caller, id, group -> group.addMember(member));
    }

    public BridgeGroup removeMember(Caller caller, String id, String memberId) {
        return change(caller, id, group -> group.removeMember(memberId));
    }

    public BridgeGroup planMeeting(Caller caller, String id, String congressId, String title, LocalDate date) {
        return change(caller, id, group -> group.planMeeting(congressId, title, date));
    }

    public BridgeGroup removeMeeting(Caller caller, String id, String meetingId) {
        return change(caller, id, group -> group.removeMeeting(meetingId));
    }

    /**
     * Shares a practice of the caller's city with the group: the practice keeps the sharing (it is what
     * every read of practices asks), the group only checks who may. A group the caller may not read is
     * 404, one their city is only invited to 403, another city's practice 404.
     */
    public BridgeGroup sharePractice(Caller caller, String id, String practiceId) {
        BridgeGroup group = get(caller, id);
        group.requireManagedBy(caller);
        practices.share(caller, practiceId, id);
        return group;
    }

    public BridgeGroup unsharePractice(Caller caller, String id, String practiceId) {
        BridgeGroup group = get(caller, id);
        group.requireManagedBy(caller);
        practices.unshare(caller, practiceId, id);
        return group;
    }

    /** The practices shared with the group that the caller may read: the group's detail shows the first page. */
    public Page<Practice> sharedPractices(Caller caller, String id, Pageable pageable) {
        return practices.list(caller, new PracticeFilter(null, null, null, null, id), pageable);
    }

    /** A member city's officer or the admin changes it; an invited city reads it but changes nothing. */
    private BridgeGroup change(Caller caller, String id, Consumer<BridgeGroup> change) {
        return ConcurrentSaves.retried("bridge group", () -> {
            BridgeGroup group = get(caller, id);
            group.requireManagedBy(caller);
            change.accept(group);
            return groups.save(group);
        });
    }
}
