package org.citybridge.web.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citybridge.web.api.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;

/**
 * The screen's script goes offline on a 5xx and shows the answer on anything else: what the relay passes on decides
 * whether a scan is checked with the congress's key in the browser or refused.
 */
class CheckInRelayTest {

    private final CheckInRelay relay = new CheckInRelay(null);

    @Test
    void theApiRefusingTheScanIsPassedOnAsItsOwnStatus() {
        assertThat(relay.problem(problem(400)).getStatusCode().value()).isEqualTo(400);
        assertThat(relay.problem(problem(401)).getStatusCode().value()).isEqualTo(401);
        assertThat(relay.problem(problem(404)).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void anApiThatIsDownOrBusyIsOfflineForTheScreen() {
        assertThat(relay.problem(problem(500)).getStatusCode().value()).isEqualTo(503);
        assertThat(relay.problem(problem(502)).getStatusCode().value()).isEqualTo(503);
        assertThat(relay.problem(problem(429)).getStatusCode().value()).isEqualTo(503);
        assertThat(relay.unreachable(new ResourceAccessException("Connection refused")).getStatusCode().value())
                .isEqualTo(503);
    }

    @Test
    void aProblemWithoutDetailStillSaysSomething() {
        assertThat(relay.problem(new ApiProblem(409, "Conflict", null, List.of())).getBody())
                .containsEntry("detail", "Conflict");
    }

    private static ApiProblem problem(int status) {
        return new ApiProblem(status, "title", "detail", List.of());
    }
}
