package org.citybridge.knowledge.bridgegroup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotAllowedException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateRoot;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A bridge group between municipalities (Münster–Almelo): its cities, the officers and organisations
 * taking part, its purpose and its meetings. The practices shared with it are not kept here: a practice
 * names the groups it is shared with, and that is what decides who reads it. It belongs to its
 * member cities jointly, not to one, so it is no tenant-owned document: {@link BridgeGroupScope} keeps
 * it to its member and invited cities; every other city gets 404 (the network admin only lists groups).
 *
 * <p>The admin creates a group between cities at once. An officer creates one with their own city as
 * the first member and invites the others: an invited city sees the group and joins through one of its
 * officers, so that no city is made a member without saying so.
 */
@Document("bridgeGroups")
public class BridgeGroup extends AggregateRoot {

    static final int MAX_CITIES = 20;

    @Id
    private String id;
    private String name;
    private String purpose;
    /** The city whose officer created it, or the first city the admin named: the envelope's tenant. */
    private String foundedBy;
    @Indexed
    private List<String> memberCities = new ArrayList<>();
    @Indexed
    private List<String> invitedCities = new ArrayList<>();
    private List<Member> members = new ArrayList<>();
    private List<Meeting> meetings = new ArrayList<>();
    private Instant createdAt;

    protected BridgeGroup() {
    }

    private BridgeGroup(String id, String name, String purpose, Instant now) {
        this.id = id;
        rename(name, purpose);
        this.createdAt = now;
    }

    /** By the admin: every named city is a member at once. */
    public static BridgeGroup between(String id, String name, String purpose, Collection<String> cities, Instant now) {
        Set<String> distinct = new LinkedHashSet<>(cities);
        if (distinct.size() < 2) {
            throw new InvalidValueException("memberCities", "must name at least two cities");
        }
        BridgeGroup group = new BridgeGroup(id == null ? UUID.randomUUID().toString() : id, name, purpose, now);
        group.memberCities.addAll(distinct);
        group.foundedBy = group.memberCities.get(0);
        return group;
    }

    /** By an officer: their city is the first member, the others are invited until one of their officers joins. */
    public static BridgeGroup founded(Caller officer, String name, String purpose, Collection<String> invited,
            Instant now) {
        String city = officer.requireMunicipality();
        Set<String> others = new LinkedHashSet<>(invited);
        others.remove(city);
        if (others.isEmpty()) {
            throw new InvalidValueException("memberCities", "must name at least one city other than your own");
        }
        BridgeGroup group = new BridgeGroup(UUID.randomUUID().toString(), name, purpose, now);
        group.memberCities.add(city);
        group.invitedCities.addAll(others);
        group.foundedBy = city;
        return group;
    }

    public void rename(String newName, String newPurpose) {
        this.name = Objects.requireNonNull(newName).strip();
        this.purpose = newPurpose == null ? null : newPurpose.strip();
    }

    public boolean isMember(String city) {
        return city != null && memberCities.contains(city);
    }

    /** Members read it; an invited city reads it too, to decide whether to join. */
    public boolean isReadableBy(Caller caller) {
        return isMember(caller.municipality()) || invitedCities.contains(caller.municipality());
    }

    /** Any member city's officer manages it. */
    public void requireManagedBy(Caller caller) {
        if (!isMember(caller.municipality())) {
            throw new NotAllowedException("Officers of the group's member cities manage it.");
        }
    }

    public void join(Caller officer) {
        String city = officer.requireMunicipality();
        if (isMember(city)) {
            throw new ConflictException(city + " is a member already.");
        }
        if (!invitedCities.remove(city)) {
            throw new NotAllowedException(city + " is not invited to this group.");
        }
        memberCities.add(city);
    }

    public void invite(String city) {
        if (isMember(city) || invitedCities.contains(city)) {
            throw new ConflictException(city + " is a member or invited already.");
        }
        if (memberCities.size() + invitedCities.size() >= MAX_CITIES) {
            throw new ConflictException("A group has at most " + MAX_CITIES + " cities.");
        }
        invitedCities.add(city);
    }

    public void addMember(Member member) {
        if (!isMember(member.municipality())) {
            throw new InvalidValueException("municipality", "must be one of the group's member cities " + memberCities);
        }
        if (members.stream().anyMatch(existing -> existing.kind() == member.kind() && existing.id().equals(member.id()))) {
            throw new ConflictException(member.kind() + " " + member.id() + " is a member already.");
        }
        members.add(member);
    }

    public void removeMember(String memberId) {
        if (!members.removeIf(member -> member.id().equals(memberId))) {
            throw NotFoundException.of("Member", memberId);
        }
    }

    public Meeting planMeeting(String congressId, String title, java.time.LocalDate date) {
        Meeting meeting = new Meeting(UUID.randomUUID().toString(), congressId, title.strip(), date);
        meetings.add(meeting);
        meetings.sort(java.util.Comparator.comparing(Meeting::date));
        return meeting;
    }

    public void removeMeeting(String meetingId) {
        if (!meetings.removeIf(meeting -> meeting.id().equals(meetingId))) {
            throw NotFoundException.of("Meeting", meetingId);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String municipality() {
        return foundedBy;
    }

    public String name() {
        return name;
    }

    public String purpose() {
        return purpose;
    }

    public List<String> memberCities() {
        return List.copyOf(memberCities);
    }

    public List<String> invitedCities() {
        return List.copyOf(invitedCities);
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    public List<Meeting> meetings() {
        return List.copyOf(meetings);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
