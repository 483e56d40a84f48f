package org.citybridge.knowledge.question.web;

import java.net.URI;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.knowledge.question.Answer;
import org.citybridge.knowledge.question.Audience;
import org.citybridge.knowledge.question.Question;
import org.citybridge.knowledge.question.QuestionContent;
import org.citybridge.knowledge.question.QuestionFilter;
import org.citybridge.knowledge.question.QuestionService;
import org.citybridge.knowledge.question.QuestionStatus;
import org.citybridge.knowledge.question.web.QuestionResponses.InboxResponse;
import org.citybridge.knowledge.question.web.QuestionResponses.PracticeCreated;
import org.citybridge.knowledge.question.web.QuestionResponses.QuestionResponse;
import org.citybridge.knowledge.question.web.QuestionResponses.QuestionSummary;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.EntityTags;
import org.citybridge.platform.web.InvalidFieldException;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Questions between cities: thin, each route says who may call it. */
@RestController
@RequestMapping("/api/questions")
class QuestionController {

    /** Accepted questions first (as Discourse ranks solved topics), then the newest. */
    static final Sort ACCEPTED_FIRST = Sort.by(Sort.Order.asc("status"), Sort.Order.desc("askedAt"), Sort.Order.asc("_id"));

    private final QuestionService questions;

    QuestionController(QuestionService questions) {
        this.questions = questions;
    }

    @PostMapping
    @Allowed(Role.OFFICER)
    ResponseEntity<QuestionResponse> ask(@Valid @RequestBody QuestionRequests.Ask request, Caller caller) {
        if (request.audience() == Audience.BRIDGE_GROUP && request.bridgeGroupId() == null) {
            throw new InvalidFieldException("bridgeGroupId", "is required for audience BRIDGE_GROUP");
        }
        if (request.audience() == Audience.MUNICIPALITIES
                && (request.municipalities() == null || request.municipalities().isEmpty())) {
            throw new InvalidFieldException("municipalities", "is required for audience MUNICIPALITIES");
        }
        Question question = questions.ask(caller,
                new QuestionContent(request.title(), request.body(), request.language(), request.themes()),
                request.audience(), request.municipalities(), request.bridgeGroupId(), request.invite());
        return ResponseEntity.created(URI.create("/api/questions/" + question.id()))
                .eTag(EntityTags.ofVersion(question.version())).body(QuestionResponse.of(question, caller));
    }

    /** Text search is a literal, case- and accent-insensitive substring of title or body (no $text in the embedded store). */
    @GetMapping
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    PageResponse<QuestionSummary> search(@RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) @Pattern(regexp = "(?i)open|accepted") String status,
            @RequestParam(required = false) @Size(max = 60) String theme,
            @RequestParam(required = false) @Size(max = 63) String municipality,
            @Valid PageQuery paging, Caller caller) {
        QuestionFilter filter = new QuestionFilter(q,
                status == null ? null : QuestionStatus.valueOf(status.toUpperCase(Locale.ROOT)), theme, municipality);
        return PageResponse.of(questions.search(caller, filter, paging.toPageable(ACCEPTED_FIRST)),
                QuestionSummary::of);
    }

    @GetMapping("/inbox")
    @Allowed(Role.OFFICER)
    InboxResponse inbox(@Valid PageQuery paging, Caller caller) {
        return InboxResponse.of(questions.inbox(caller,
                paging.toPageable(Sort.by(Sort.Order.desc("askedAt"), Sort.Order.asc("_id")))));
    }

    @GetMapping("/{questionId}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<QuestionResponse> get(@PathVariable String questionId, Caller caller) {
        return withETag(questions.get(caller, questionId), caller, HttpStatus.OK);
    }

    @PostMapping("/{questionId}/answers")
    @Allowed(Role.OFFICER)
    ResponseEntity<QuestionResponse> answer(@PathVariable String questionId,
            @Valid @RequestBody QuestionRequests.AnswerText request, Caller caller) {
        Answer answer = questions.answer(caller, questionId, request.body());
        Question question = questions.get(caller, questionId);
        return ResponseEntity.created(URI.create("/api/questions/" + questionId + "#answer-" + answer.id()))
                .eTag(EntityTags.ofVersion(question.version())).body(QuestionResponse.of(question, caller));
    }

    /** By the asking city; accepting another answer later changes the accepted one. */
    @PostMapping("/{questionId}/answers/{answerId}/accept")
    @Allowed(Role.OFFICER)
    ResponseEntity<QuestionResponse> accept(@PathVariable String questionId, @PathVariable String answerId,
            Caller caller) {
        return withETag(questions.accept(caller, questionId, answerId), caller, HttpStatus.OK);
    }

    /** Counts once per person: marking again changes nothing. */
    @PostMapping("/{questionId}/answers/{answerId}/helpful")
    @Allowed(Role.OFFICER)
    ResponseEntity<QuestionResponse> helpful(@PathVariable String questionId, @PathVariable String answerId,
            Caller caller) {
        return withETag(questions.markHelpful(caller, questionId, answerId), caller, HttpStatus.OK);
    }

    /** An accepted question becomes a draft practice of the asking city: title, summary, and the answer as approach. */
    @PostMapping("/{questionId}/practice")
    @Allowed(Role.OFFICER)
    ResponseEntity<PracticeCreated> turnIntoPractice(@PathVariable String questionId, Caller caller) {
        String practiceId = questions.turnIntoPractice(caller, questionId);
        return ResponseEntity.created(URI.create("/api/practices/" + practiceId))
                .body(new PracticeCreated(practiceId, questionId));
    }

    private static ResponseEntity<QuestionResponse> withETag(Question question, Caller caller, HttpStatus status) {
        return ResponseEntity.status(status).eTag(EntityTags.ofVersion(question.version()))
                .body(QuestionResponse.of(question, caller));
    }
}
