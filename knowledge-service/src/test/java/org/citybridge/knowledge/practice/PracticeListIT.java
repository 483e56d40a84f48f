package org.citybridge.knowledge.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@StackTest
class PracticeListIT {

    @LocalServerPort
    int port;

    @Autowired
    PracticeRepository repository;

    @Test
    void listsOwnAndSharedItemsButNotAnotherCitysPrivateOnes() {
        String own = repository.save(new Practice(UUID.randomUUID().toString(), "almelo", "own", Visibility.PRIVATE)).id();
        String shared = repository.save(new Practice(UUID.randomUUID().toString(), "antwerpen", "shared", Visibility.NETWORK)).id();
        String foreign = repository.save(new Practice(UUID.randomUUID().toString(), "antwerpen", "foreign", Visibility.PRIVATE)).id();

        HttpResponse<String> response = get(TestTokens.officer("almelo"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(own, shared).doesNotContain(foreign).contains("\"total\"");
    }

    @Test
    void needsAToken() {
        assertThat(get(null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String authorization) {
        return ApiClient.onPort(port).get("/api/practices?size=100", authorization);
    }
}
