package org.citybridge.web.signatories;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The pacts whose signatories the front page links to, by id and city. The API lists no pacts without a
 * sign-in, so they are configuration ({@code citybridge.web.public-pacts=<id>=<city>,<id>=<city>}); the default
 * is the demo data's Almelo pact of seed 003.
 */
@ControllerAdvice(basePackages = "org.citybridge.web.home")
class PublicPacts {

    private final Map<String, String> pacts;

    PublicPacts(@Value("${citybridge.web.public-pacts:demo-almelo-pact-2011=Almelo}") String pacts) {
        this.pacts = parse(pacts);
    }

    static Map<String, String> parse(String spec) {
        Map<String, String> pacts = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            int equals = entry.indexOf('=');
            String id = (equals < 0 ? entry : entry.substring(0, equals)).strip();
            if (!id.isEmpty()) {
                pacts.put(id, equals < 0 ? id : entry.substring(equals + 1).strip());
            }
        }
        return pacts;
    }

    @ModelAttribute("publicPacts")
    Map<String, String> publicPacts() {
        return pacts;
    }
}
