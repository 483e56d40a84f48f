package org.citybridge.web.signatories;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;

/**
 * The organisations that signed a city's published integration pact, with their logos and commitments, and the
 * pact's printable PDF in the reader's language. Anyone may read it; a draft or unknown pact is 404.
 */
@Controller
class SignatoriesController {

    static final int PAGE_SIZE = 50;

    private final RestClient api;

    SignatoriesController(RestClient gatewayApi) {
        this.api = gatewayApi;
    }

    @GetMapping("/signatories/{pactId}")
    String signatories(@PathVariable String pactId, @RequestParam(defaultValue = "0") int page, Model model) {
        int wanted = Math.max(0, Math.min(page, 10_000));
        Signatories found = api.get()
                .uri("/api/pacts/{id}/signatories?page={page}&size={size}", pactId, wanted, PAGE_SIZE)
                .retrieve().body(Signatories.class);
        model.addAttribute("pactId", pactId);
        model.addAttribute("signatories", found == null ? List.of() : found.items());
        model.addAttribute("total", found == null ? 0 : found.total());
        model.addAttribute("page", wanted);
        model.addAttribute("hasNext", found != null && (long) (wanted + 1) * PAGE_SIZE < found.total());
        return "public/signatories";
    }

    record Signatories(List<Signatory> items, long total) {

        Signatories {
            items = items == null ? List.of() : items;
        }
    }
}
