package org.citybridge.web.congress;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A congress as the public sees it: what, when, where, its sessions and the places still free, and the way to
 * register. The free places are a fragment of their own that the page asks for again every ten seconds (htmx), so
 * that a rush shows while the person reads.
 */
@Controller
class PublicCongressController {

    private final PublicCongresses congresses;
    private final Clock clock;

    PublicCongressController(PublicCongresses congresses, java.util.Optional<Clock> clock) {
        this.congresses = congresses;
        this.clock = clock.orElseGet(Clock::systemUTC);
    }

    @GetMapping("/congresses/{congressId}")
    String congress(@PathVariable String congressId, Model model) {
        show(congressId, model);
        return "public/congress";
    }

    @GetMapping("/congresses/{congressId}/places")
    String places(@PathVariable String congressId, Model model) {
        show(congressId, model);
        return "public/congress :: places";
    }

    private void show(String congressId, Model model) {
        PublicCongress congress = congresses.get(congressId);
        model.addAttribute("congress", congress);
        model.addAttribute("window", congress.window(clock.instant()));
    }
}
