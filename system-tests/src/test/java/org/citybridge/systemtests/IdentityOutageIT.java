package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Identity stopped on the running suite for longer than the gateway and the services cache its keys
 * (the launcher sets the lifetime to {@link #CACHE_LIFETIME}): a token taken before keeps working at the
 * gateway and on each service's own port, no answer is a 5xx, and after identity is back new tokens work
 * again. The figures go to target/identity-outage-report.md. Leaves the suite whole.
 */
@ExtendWith(LaunchedSuite.class)
class IdentityOutageIT {

    static final Duration CACHE_LIFETIME = Duration.ofSeconds(10);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path REPORT = Path.of("target", "identity-outage-report.md");

    /** One route an officer may read on each service, by the port variable of the service that serves it. */
    private static final Map<String, String> ROUTES = new LinkedHashMap<>(Map.of(
            "ORGANISATIONS_PORT", "/api/organisations?size=5",
            "ACTIONS_PORT", "/api/programmes?size=5",
            "KNOWLEDGE_PORT", "/api/practices?size=5",
            "EVENTS_PORT", "/api/congresses/organisations?size=5"));

    @Test
    void aTokenTakenBeforeIdentityStopsKeepsWorkingEverywhereLongerThanTheCacheLifetime() throws Exception {
        Launcher launcher = LaunchedSuite.launcher();
        String token = launcher.token("officer@almelo");
        Map<String, Integer> statuses = new TreeMap<>();
        int[] tried = {0};
        Duration outage = CACHE_LIFETIME.multipliedBy(3);

        run(launcher, "stop", "identity");
        long stopped = System.nanoTime();
        try {
            // Every base, round after round, until three cache lifetimes have passed without identity.
            Awaitility.await().atMost(outage.plusSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                for (String url : urls(launcher)) {
                    int status = get(url, token).statusCode();
                    tried[0]++;
                    statuses.merge(url.replaceFirst("http://localhost:\\d+", "") + " on " + port(url, launcher)
                            + " → " + status, 1, Integer::sum);
                }
                return System.nanoTime() - stopped >= outage.toNanos();
            });
        } finally {
            run(launcher, "start", "identity");
        }
        long back = System.nanoTime();

        // A token issued after the restart; its key is identity's persisted one, so known already.
        String fresh = launcher.token("officer@almelo");
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> get(launcher.gateway() + "/api/organisations?size=5", fresh).statusCode() == 200);
        long recovered = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - back);

        long fiveHundreds = statuses.entrySet().stream().filter(entry -> entry.getKey().matches(".* 5\\d\\d$"))
                .mapToLong(Map.Entry::getValue).sum();
        long notOk = statuses.entrySet().stream().filter(entry -> !entry.getKey().endsWith(" 200"))
                .mapToLong(Map.Entry::getValue).sum();
        StringBuilder report = new StringBuilder("# Identity outage on the launched suite\n\n")
                .append("Identity stopped for ").append(outage.toSeconds()).append(" s, three times the key cache's ")
                .append("lifetime (").append(CACHE_LIFETIME.toSeconds()).append(" s).\n\n")
                .append("| requests tried | 5xx seen | a new token accepted after identity was back |\n")
                .append("| --- | --- | --- |\n")
                .append("| ").append(tried[0]).append(" | ").append(fiveHundreds).append(" | ").append(recovered)
                .append(" s |\n\n| request and status | count |\n| --- | --- |\n");
        statuses.forEach((request, count) -> report.append("| ").append(request).append(" | ").append(count)
                .append(" |\n"));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        assertThat(notOk).as("answers other than 200 to a token taken before identity stopped: %s", statuses)
                .isZero();
    }

    /** Every route through the gateway, and each on its own service's port. */
    private static List<String> urls(Launcher launcher) {
        List<String> urls = new ArrayList<>();
        ROUTES.forEach((port, route) -> {
            urls.add(launcher.gateway() + route);
            urls.add(launcher.direct(port) + route);
        });
        return urls;
    }

    private static String port(String url, Launcher launcher) {
        return url.startsWith(launcher.gateway()) ? "the gateway"
                : ROUTES.keySet().stream().filter(port -> url.startsWith(launcher.direct(port))).findFirst()
                        .map(port -> port.replace("_PORT", "").toLowerCase(java.util.Locale.ROOT) + "'s port")
                        .orElse(url);
    }

    private static void run(Launcher launcher, String... arguments) {
        Launcher.Result result = launcher.run(300, arguments);
        assertThat(result.exitCode()).as("./citybridge %s: %s", String.join(" ", arguments), result.output()).isZero();
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
