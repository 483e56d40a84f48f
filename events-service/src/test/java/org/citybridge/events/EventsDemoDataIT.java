package org.citybridge.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/** The demo data from the seeds loads, with a wait list, and loading it again adds nothing. */
@StackTest
@TestPropertySource(properties = "citybridge.demo.enabled=true")
class EventsDemoDataIT {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("eventsDemoData")
    ApplicationRunner demoData;

    @Test
    void theSeedsCongressesAreThereWithRegistrationsAndAWaitListAndASecondLoadAddsNothing() throws Exception {
        ApiClient api = ApiClient.onPort(port);
        JsonNode second = ApiClient.json(api.get("/api/congresses/public/demo-almelo-congres-kleurrijk-2", null));
        assertThat(second.get("organisers").toString()).contains("almelo").contains("muenster");
        assertThat(second.get("freePlaces").asInt()).isZero();
        JsonNode antwerp = ApiClient.json(api.get("/api/congresses/public/demo-antwerpen-week-van-de-diversiteit", null));
        assertThat(antwerp.get("venueName").asString()).isEqualTo("Atlas");

        ApplicationArguments none = new DefaultApplicationArguments();
        demoData.run(none);

        JsonNode counts = ApiClient.json(api.get("/api/congresses/demo-almelo-congres-kleurrijk-2/attendees/counts",
                TestTokens.organiser("muenster")));
        assertThat(counts.get("confirmed").asInt()).isEqualTo(8);
        assertThat(counts.get("waitlisted").asInt()).isEqualTo(2);
        JsonNode lists = ApiClient.json(api.get("/api/congresses/demo-almelo-congres-kleurrijk-2/check-in-lists",
                TestTokens.organiser("muenster")));
        assertThat(lists.get("total").asInt()).as("loaded once").isEqualTo(2);
        assertThat(lists.get("items").valueStream().map(list -> list.get("name").asString()))
                .containsExactlyInAnyOrder("Ingang stadhuis", "Raadzaal: wat de bruggroepen leerden");
        assertThat(api.get("/api/congresses/demo-almelo-bruggroep-muenster", TestTokens.officer("muenster"))
                .statusCode()).isEqualTo(200);
        assertThat(api.get("/api/venues/demo-antwerpen-oude-badhuis", TestTokens.organiser("almelo")).statusCode())
                .isEqualTo(200);
    }
}
