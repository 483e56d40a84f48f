package org.citybridge.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the people who run the suite scrape: HTTP by route and status, the outbox, the consumers. */
@StackTest
class MetricsIT {

    @LocalServerPort
    int port;

    @Test
    void prometheusShowsRequestsTheOutboxAndTheConsumersWithoutAToken() {
        ApiClient api = ApiClient.onPort(port);
        api.post("/widgets", "{\"name\":\"measured\"}", TestTokens.officer("almelo"));
        api.get("/widgets/nothing-here", TestTokens.officer("almelo"));

        HttpResponse<String> metrics = api.get("/actuator/prometheus", null);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count{")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"404\"[^}]*uri=\"/widgets/\\{id}\"")
                .containsPattern("(?m)^citybridge_outbox_pending(\\{| )")
                .containsPattern("(?m)^citybridge_outbox_parked(\\{| )")
                .contains("citybridge_outbox_parkings_total")
                .contains("citybridge_outbox_published_total").contains("citybridge_outbox_lag_seconds")
                .contains("kafka_consumer_fetch_manager_records_lag");
    }
}
