package org.citybridge.bench;

import java.net.URI;
import java.time.Duration;

/**
 * What the gateway costs: GET /api/organisations/{id} with one token, direct to organisations-service and
 * through the gateway, alternating in rounds of the same run so that a noisy neighbour hits both alike.
 * Throughput at 16 connections (closed loop, as wrk does) and the added median at one connection.
 */
final class GatewayBench implements Benchmark {

    private static final int CONNECTIONS = 16;

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public String measures() {
        return "GET /api/organisations/{id} direct vs through the gateway: throughput ratio at 16 connections,"
                + " added p50 at 1";
    }

    @Override
    public Section run(Suite suite, Options options) throws Exception {
        Http http = new Http();
        String token = suite.token("officer@almelo");
        String id = http.get(suite.gateway(), "api/organisations?size=1", token).expect("list organisations", 200)
                .json().path("items").path(0).path("id").asString();
        String path = "api/organisations/" + id;
        // A minute: with full JIT on 2 cores, C2 compiles the gateway's reactive path over tens of seconds; after 10 s
        // of warm-up the gateway's rounds still climbed (211, 431, 539 req/s) while direct had settled.
        Duration warmUp = Duration.ofSeconds(options.scaled(60, 2));
        Duration slice = Duration.ofSeconds(options.scaled(10, 2));
        int rounds = options.scaled(3, 1);

        Console.say("  warming up both paths for " + warmUp.toSeconds() + " s each");
        load(http, suite.organisations(), path, token, CONNECTIONS, warmUp, "warm-up direct");
        load(http, suite.gateway(), path, token, CONNECTIONS, warmUp, "warm-up gateway");

        Section section = new Section(name());
        Totals wide = new Totals();
        Totals single = new Totals();
        for (int round = 1; round <= rounds; round++) {
            wide.add(load(http, suite.organisations(), path, token, CONNECTIONS, slice, "direct, 16 connections"),
                    load(http, suite.gateway(), path, token, CONNECTIONS, slice, "gateway, 16 connections"),
                    section);
        }
        for (int round = 1; round <= rounds; round++) {
            single.add(load(http, suite.organisations(), path, token, 1, slice, "direct, 1 connection"),
                    load(http, suite.gateway(), path, token, 1, slice, "gateway, 1 connection"), section);
        }
        double ratio = (wide.gatewayCalls / wide.gatewaySeconds) / (wide.directCalls / wide.directSeconds);
        double addedMedian = single.gatewayMedian() - single.directMedian();
        return section
                .figure("direct, 16 connections", Section.count(wide.directCalls / wide.directSeconds) + " req/s")
                .figure("through the gateway, 16 connections",
                        Section.count(wide.gatewayCalls / wide.gatewaySeconds) + " req/s")
                .figure("gateway / direct throughput", String.format("%.0f%%", 100 * ratio), "≥ 70%", ratio >= 0.70)
                .figure("p50 direct / through the gateway, 1 connection",
                        Section.millis(single.directMedian()) + " / " + Section.millis(single.gatewayMedian()))
                .figure("gateway's added p50, 1 connection", Section.millis(addedMedian), "≤ 1 ms",
                        addedMedian <= 1.0)
                .note(String.format("%d round(s) of %d s per path and connection count, after %d s of warm-up"
                        + " each; one token (officer@almelo)", rounds, slice.toSeconds(), warmUp.toSeconds()));
    }

    private static Load.Outcome load(Http http, URI base, String path, String token, int connections,
            Duration time, String label) throws InterruptedException {
        Load.Outcome outcome = Load.closedLoop(label, connections, Long.MAX_VALUE, time,
                () -> http.get(base, path, token).expect("GET " + path, 200));
        Console.say("  " + outcome.summary());
        return outcome;
    }

    /** Sums over rounds: calls and seconds per path, and the medians' mean. */
    private static final class Totals {

        double directCalls;
        double gatewayCalls;
        double directSeconds;
        double gatewaySeconds;
        double directMedians;
        double gatewayMedians;
        int rounds;

        void add(Load.Outcome direct, Load.Outcome gateway, Section section) {
            directCalls += direct.ok();
            gatewayCalls += gateway.ok();
            directSeconds += direct.elapsedNanos() / 1e9;
            gatewaySeconds += gateway.elapsedNanos() / 1e9;
            directMedians += direct.millis(50);
            gatewayMedians += gateway.millis(50);
            rounds++;
            section.note(direct).note(gateway);
        }

        double directMedian() {
            return directMedians / rounds;
        }

        double gatewayMedian() {
            return gatewayMedians / rounds;
        }
    }
}
