package org.citybridge.web.inbox;

import java.util.List;
import java.util.Map;

import org.citybridge.web.practice.ApiAddress;
import org.citybridge.web.question.QuestionSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;

/** The questions other cities put to the officer's city that it has not answered yet, newest first. */
@Controller
class InboxController {

    static final int PAGE_SIZE = 20;

    private final RestClient api;
    private final ApiAddress address;

    InboxController(RestClient gatewayApi, ApiAddress address) {
        this.api = gatewayApi;
        this.address = address;
    }

    /** @param invitingYou among the waiting ones, those that invite the officer by name */
    record Inbox(long waiting, long invitingYou, QuestionSummary.Page questions) {
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
        int shown = Math.max(0, Math.min(page, 999));
        Inbox inbox = api.get().uri(address.with("/api/questions/inbox",
                Map.of("page", List.of(String.valueOf(shown)), "size", List.of(String.valueOf(PAGE_SIZE)))))
                .retrieve().body(Inbox.class);
        long pages = (inbox.waiting() + PAGE_SIZE - 1) / PAGE_SIZE;
        model.addAttribute("inbox", inbox);
        model.addAttribute("items", inbox.questions() == null ? List.of() : inbox.questions().items());
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("previous", shown > 0 ? "/inbox?page=" + (shown - 1) : null);
        model.addAttribute("next", shown + 1 < pages ? "/inbox?page=" + (shown + 1) : null);
        return "knowledge/inbox";
    }
}
