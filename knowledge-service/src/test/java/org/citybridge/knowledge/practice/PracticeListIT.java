package org.citybridge.knowledge.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

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
    void listsOwnAndSharedItemsButNotAnotherCitysPrivateOnes() throws Exception {
        String own = repository.save(new Practice(UUID.randomUUID().toString(), "almelo", "own", Visibility.PRIVATE)).id();
        String shared = repository.save(new Practice(UUID.randomUUID().toString(), "antwerpen", "shared", Visibility.NETWORK)).id();
        String foreign = repository.save(new Practice(UUID.randomUUID().toString(), "antwerpen", "foreign", Visibility.PRIVATE)).id();

        HttpResponse<String> response = get(TestTokens.officer("almelo"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(own, shared).doesNotContain(foreign).contains("\"total\"");
    }

    @Test
    void needsAToken() throws Exception {
        assertThat(get(null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/practices?size=100"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
