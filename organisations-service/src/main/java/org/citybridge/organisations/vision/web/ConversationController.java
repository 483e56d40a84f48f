package org.citybridge.organisations.vision.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.citybridge.organisations.vision.ConversationService;
import org.citybridge.organisations.vision.DistrictConversation;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The vision's city's officers record the district conversations of its consultation and read them back. */
@RestController
@RequestMapping("/api/visions/{visionId}/conversations")
@Allowed(Role.OFFICER)
class ConversationController {

    private final ConversationService conversations;

    ConversationController(ConversationService conversations) {
        this.conversations = conversations;
    }

    @PostMapping
    ResponseEntity<ConversationResponse> record(@PathVariable String visionId,
            @Valid @RequestBody ConversationRequest request, Caller caller) {
        DistrictConversation conversation = conversations.recordMeeting(caller, visionId, request.toMeeting());
        return ResponseEntity.created(URI.create("/api/visions/" + visionId + "/conversations/" + conversation.id()))
                .body(ConversationResponse.of(conversation));
    }

    /** Latest meeting first. */
    @GetMapping
    PageResponse<ConversationResponse> list(@PathVariable String visionId, @Valid PageQuery paging, Caller caller) {
        return PageResponse.of(conversations.list(caller, visionId,
                paging.toPageable(Sort.by(Sort.Direction.DESC, "meeting.date").and(Sort.by("id")))),
                ConversationResponse::of);
    }

    @GetMapping("/{conversationId}")
    ConversationResponse get(@PathVariable String visionId, @PathVariable String conversationId, Caller caller) {
        return ConversationResponse.of(conversations.get(caller, visionId, conversationId));
    }
}
