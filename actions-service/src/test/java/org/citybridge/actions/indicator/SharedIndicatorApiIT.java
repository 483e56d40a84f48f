package org.citybridge.actions.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.actions.indicator.IndicatorClient.homeParties;
import static org.citybridge.actions.indicator.IndicatorClient.officer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The cross-city view through the API. Populations come from organisations' events, which this test
 * does not send: every city's population is unknown here, and the response says so (normalisation is
 * computed by hand in SharedIndicatorComparisonTest).
 */
@StackTest
class SharedIndicatorApiIT {

    @LocalServerPort
    int port;

    IndicatorClient client;
    String code;

    @BeforeEach
    void setUp() {
        client = new IndicatorClient(port);
        code = "associations-" + UUID.randomUUID();
    }

    /**
     * Antwerp's later values sit on a private indicator and on a private action's indicator (which can
     * be no wider than its action): were either let through, it would stand for Antwerp (the latest
     * measured does).
     */
    @Test
    void aCitySeesItsOwnAndWhatOthersShareButNeverAnotherCitysPrivateIndicator() {
        String shared = publish("antwerpen", "NETWORK", "NETWORK", "2012-03-31", 160);
        publish("antwerpen", "NETWORK", "PRIVATE", "2012-06-30", 999);
        publish("antwerpen", "PRIVATE", "PRIVATE", "2012-06-30", 888);
        publish("almelo", "PRIVATE", "PRIVATE", "2012-03-31", 18);
        publish("muenster", "PRIVATE", "PRIVATE", "2012-03-31", 40);

        HttpResponse<String> table = client.api.get("/api/shared-indicators/" + code, officer("almelo"));

        assertThat(table.statusCode()).as(table.body()).isEqualTo(200);
        JsonNode rows = ApiClient.json(table).get("cities");
        assertThat(rows.valueStream().map(row -> row.get("municipality").asString()))
                .as("its own first, then what others share with the network").containsExactly("almelo", "antwerpen");
        assertThat(rows.get(0).get("own").asBoolean()).isTrue();
        assertThat(rows.get(0).get("latestValue").decimalValue()).isEqualByComparingTo("18");
        assertThat(rows.get(1).get("indicatorId").asString()).isEqualTo(shared);
        assertThat(rows.get(1).get("latestValue").decimalValue()).isEqualByComparingTo("160");
        assertThat(rows.get(1).get("latestDate").asString()).isEqualTo("2012-03-31");
        assertThat(rows.get(1).get("population").isNull()).isTrue();
        assertThat(rows.get(1).get("perThousandInhabitants").isNull()).isTrue();
        assertThat(ApiClient.json(table).get("populationUnknown").valueStream().map(JsonNode::asString))
                .containsExactly("almelo", "antwerpen");

        assertThat(client.api.get("/api/shared-indicators/" + code, TestTokens.admin()).body())
                .contains(shared).doesNotContain("almelo").doesNotContain("muenster");
    }

    @Test
    void aCodeNobodyShowsTheCallerDoesNotExistForIt() {
        publish("almelo", "PRIVATE", "PRIVATE", "2012-03-31", 18);

        assertThat(client.api.get("/api/shared-indicators/" + code, officer("antwerpen")).statusCode()).isEqualTo(404);
        assertThat(client.api.get("/api/shared-indicators/" + code + "/chart.png", officer("antwerpen")).statusCode())
                .isEqualTo(404);
        assertThat(client.api.get("/api/shared-indicators/Not%20A%20Code", officer("antwerpen")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void theChartIsAPng() throws IOException, InterruptedException {
        publish("antwerpen", "NETWORK", "NETWORK", "2012-03-31", 160);

        HttpResponse<byte[]> chart = HttpClient.newHttpClient().send(client.api.request("/api/shared-indicators/" + code
                + "/chart.png?width=600&height=400", officer("almelo")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.headers().firstValue("Content-Type")).contains("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.body()));
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    private String publish(String city, String actionVisibility, String indicatorVisibility, String date, int value) {
        String action = client.action(city, client.programme(city, "NETWORK"), actionVisibility);
        String indicator = client.indicator(city, action, homeParties(code, indicatorVisibility)).get("id").asString();
        client.measure(city, indicator, date, value);
        return indicator;
    }
}
