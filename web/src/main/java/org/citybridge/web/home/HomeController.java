package org.citybridge.web.home;

import java.util.List;
import java.util.Map;

import org.citybridge.web.signin.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.client.RestClient;

/** The front page: the congresses anyone can register for, and for people signed in, where their work is. */
@Controller
class HomeController {

    private final RestClient api;

    HomeController(RestClient gatewayApi) {
        this.api = gatewayApi;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        PublicCongresses congresses = api.get().uri("/api/congresses/public?size=20").retrieve().body(PublicCongresses.class);
        model.addAttribute("congresses", congresses == null ? List.of() : congresses.items());
        model.addAttribute("user", SignedInUser.of(authentication));
        return "home";
    }

    record PublicCongresses(List<CongressSummary> items, long total) {
    }

    record CongressSummary(String id, String municipality, Map<String, String> title, java.time.Instant startsAt,
            java.time.Instant endsAt, String venueName) {
    }
}
