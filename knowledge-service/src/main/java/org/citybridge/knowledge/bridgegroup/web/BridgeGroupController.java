package org.citybridge.knowledge.bridgegroup.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.knowledge.bridgegroup.BridgeGroup;
import org.citybridge.knowledge.bridgegroup.BridgeGroupService;
import org.citybridge.knowledge.bridgegroup.Meeting;
import org.citybridge.knowledge.bridgegroup.Member;
import org.citybridge.knowledge.bridgegroup.MemberKind;
import org.citybridge.knowledge.practice.Practice;
import org.citybridge.knowledge.practice.PracticeStatus;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.citybridge.platform.web.EntityTags;
import org.citybridge.platform.web.InvalidFieldException;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bridge groups: the admin creates one between cities; an officer founds one with their city and
 * invites others. Member cities' officers manage it; other cities get 404. The admin, who belongs to
 * no city, lists every group (to avoid founding one twice) but reads and changes no group's details.
 */
@RestController
@RequestMapping("/api/bridge-groups")
class BridgeGroupController {

    static final String CITY = "[a-z0-9][a-z0-9-]{0,62}";
    /** The group's detail shows this many shared practices; the practice list has them all. */
    static final int SHARED_SHOWN = 20;
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** @param memberCities for the admin: the members; for an officer: the cities invited besides their own */
    record CreateRequest(@NotBlank @Size(max = 200) String name, @Size(max = 4000) String purpose,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Pattern(regexp = CITY) String> memberCities) {
    }

    record RenameRequest(@NotBlank @Size(max = 200) String name, @Size(max = 4000) String purpose) {
    }

    record InviteRequest(@NotNull @Pattern(regexp = CITY) String municipality) {
    }

    record MemberRequest(@NotNull MemberKind kind, @NotBlank @Size(max = 200) String id,
            @NotNull @Pattern(regexp = CITY) String municipality, @Size(max = 200) String name) {
    }

    /** @param congressId the congress in events-service, if it is registered there already */
    record MeetingRequest(@Size(max = 100) String congressId, @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate date) {
    }

    record ShareRequest(@NotBlank @Size(max = 100) String practiceId) {
    }

    /** A practice shared with the group, as the caller may read it. */
    record SharedPracticeItem(String id, String municipality, String title, String language,
            PracticeStatus status, Visibility visibility) {

        static SharedPracticeItem of(Practice practice) {
            return new SharedPracticeItem(practice.id(), practice.municipality(), practice.content().title(),
                    practice.content().language().code(), practice.status(), practice.visibility());
        }
    }

    /**
     * The first of the practices shared with the group, as the caller may read them (a draft of another
     * member city stays hidden): how many there are, and where the whole list is.
     */
    record SharedPractices(long total, List<SharedPracticeItem> first, String all) {
    }

    record BridgeGroupResponse(String id, String name, String purpose, List<String> memberCities,
            List<String> invitedCities, List<Member> members, List<Meeting> meetings,
            SharedPractices sharedPractices, Instant createdAt) {
    }

    record BridgeGroupSummary(String id, String name, List<String> memberCities, List<String> invitedCities,
            int meetings) {

        static BridgeGroupSummary of(BridgeGroup group) {
            return new BridgeGroupSummary(group.id(), group.name(), group.memberCities(), group.invitedCities(),
                    group.meetings().size());
        }
    }

    private final BridgeGroupService groups;

    BridgeGroupController(BridgeGroupService groups) {
        this.groups = groups;
    }

    @PostMapping
    @Allowed({Role.OFFICER, Role.ADMIN})
    ResponseEntity<BridgeGroupResponse> create(@Valid @RequestBody CreateRequest request, Caller caller) {
        BridgeGroup group = groups.create(caller, request.name(), request.purpose(), request.memberCities());
        return ResponseEntity.created(URI.create("/api/bridge-groups/" + group.id()))
                .eTag(EntityTags.ofVersion(group.version())).body(response(group, caller));
    }

    @GetMapping
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    PageResponse<BridgeGroupSummary> list(@Valid PageQuery paging, Caller caller) {
        return PageResponse.of(groups.list(caller, paging.toPageable(Sort.by("name", "_id"))),
                BridgeGroupSummary::of);
    }

    @GetMapping("/{groupId}")
    @Allowed({Role.OFFICER, Role.ORGANISER})
    ResponseEntity<BridgeGroupResponse> get(@PathVariable String groupId, Caller caller) {
        return withETag(caller, groups.get(caller, groupId));
    }

    @PutMapping("/{groupId}")
    @Allowed(Role.OFFICER)
    ResponseEntity<BridgeGroupResponse> rename(@PathVariable String groupId,
            @Valid @RequestBody RenameRequest request, Caller caller) {
        return withETag(caller, groups.rename(caller, groupId, request.name(), request.purpose()));
    }

    /** An officer of an invited city accepts the invitation for their city. */
    @PostMapping("/{groupId}/join")
    @Allowed(Role.OFFICER)
    ResponseEntity<BridgeGroupResponse> join(@PathVariable String groupId, Caller caller) {
        return withETag(caller, groups.join(caller, groupId));
    }

    @PostMapping("/{groupId}/invitations")
    @Allowed(Role.OFFICER)
    ResponseEntity<BridgeGroupResponse> invite(@PathVariable String groupId,
            @Valid @RequestBody InviteRequest request, Caller caller) {
        return withETag(caller, groups.invite(caller, groupId, request.municipality()));
    }

    @PostMapping("/{groupId}/members")
    @Allowed(Role.OFFICER)
    ResponseEntity<BridgeGroupResponse> addMember(@PathVariable String groupId,
            @Valid @RequestBody MemberRequest request, Caller caller) {
        return withETag(caller, groups.addMember(caller, groupId,
                new Member(request.kind(), request.id(), request.municipality(), request.name())));
    }

    @DeleteMapping("/{groupId}/members/{memberId}")
    @Allowed(Role.OFFICER)
    ResponseEntity<BridgeGroupResponse> removeMember(@PathVariable String groupId, @PathVariable String memberId,
            Caller caller) {
        return withETag(caller, groups.removeMember(caller, groupId, memberId));
    }

    @PostMapping("/{groupId}/meetings")
    @Allowed(Role.OFFICER)
    ResponseEntity<BridgeGroupResponse> planMeeting(@PathVariable String groupId,
            @Valid @RequestBody MeetingRequest request, Caller caller) {
        if (request.date().isBefore(EARLIEST) || request.date().isAfter(LATEST)) {
            throw new InvalidFieldException("date", "must lie between " + EARLIEST + " and " + LATEST);
        }
        return withETag(caller, groups.planMeeting(caller, groupId, request.congressId(), request.title(), request.date()));
    }

    @DeleteMapping("/{groupId}/meetings/{meetingId}")
    @Allowed(Role.OFFICER)
    ResponseEntity<BridgeGroupResponse> removeMeeting(@PathVariable String groupId, @PathVariable String meetingId,
            Caller caller) {
        return withETag(caller, groups.removeMeeting(caller, groupId, meetingId));
    }

    /**
     * Shares a practice of the officer's city with the group (idempotent): the practice keeps the
     * sharing, {@code sharedWithGroups}, which is what decides who reads it.
     */
    @PostMapping("/{groupId}/practices")
    @Allowed(Role.OFFICER)
    ResponseEntity<BridgeGroupResponse> share(@PathVariable String groupId, @Valid @RequestBody ShareRequest request,
            Caller caller) {
        return withETag(caller, groups.sharePractice(caller, groupId, request.practiceId()));
    }

    /** Takes it back (idempotent); only the practice's own city does. */
    @DeleteMapping("/{groupId}/practices/{practiceId}")
    @Allowed(Role.OFFICER)
    ResponseEntity<BridgeGroupResponse> unshare(@PathVariable String groupId, @PathVariable String practiceId,
            Caller caller) {
        return withETag(caller, groups.unsharePractice(caller, groupId, practiceId));
    }

    private ResponseEntity<BridgeGroupResponse> withETag(Caller caller, BridgeGroup group) {
        return ResponseEntity.ok().eTag(EntityTags.ofVersion(group.version())).body(response(group, caller));
    }

    private BridgeGroupResponse response(BridgeGroup group, Caller caller) {
        Page<Practice> shared = groups.sharedPractices(caller, group.id(),
                PageRequest.of(0, SHARED_SHOWN, Sort.by("content.title", "_id")));
        return new BridgeGroupResponse(group.id(), group.name(), group.purpose(), group.memberCities(),
                group.invitedCities(), group.members(), group.meetings(),
                new SharedPractices(shared.getTotalElements(), shared.map(SharedPracticeItem::of).getContent(),
                        "/api/practices?group=" + group.id()), group.createdAt());
    }
}
