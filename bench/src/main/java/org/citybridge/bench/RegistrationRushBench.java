package org.citybridge.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import tools.jackson.databind.JsonNode;

/**
 * A registration rush (issue 13): an organiser opens a public congress with a fifth as many seats as there
 * will be registrations (2,000 of 10,000), then 64 anonymous clients register as fast as they can through the
 * gateway. Reports confirmed registrations per second and the latency, and checks the outcome: exactly as
 * many confirmed as there are seats, the rest on the waiting list at positions 1..n without gaps or
 * duplicates, no code given twice.
 */
final class RegistrationRushBench implements Benchmark {

    private static final int CLIENTS = 64;

    @Override
    public String name() {
        return "registration-rush";
    }

    @Override
    public String measures() {
        return "10,000 anonymous registrations from 64 clients for 2,000 seats through the gateway:"
                + " confirmed/s, p50/p95/p99, exact counts";
    }

    @Override
    public String waitingFor() {
        return "needs events-service registrations (issue 13)";
    }

    @Override
    public Optional<String> missing(Suite suite, Http http) {
        return ApiDocs.lacks(suite, http, "events", "POST /api/congresses/{id}/registrations", waitingFor());
    }

    /** One answer of the rush. */
    private record Registration(String code, String status, Integer position, long answeredNanos) {
    }

    @Override
    public Section run(Suite suite, Options options) throws Exception {
        Http http = new Http();
        int registrations = options.registrations();
        int seats = Math.max(1, registrations / 5);
        String congress = openCongress(suite, http, seats);
        Console.say("  congress " + congress + " with " + seats + " seats; " + registrations + " registrations from "
                + CLIENTS + " clients");

        String run = Long.toString(System.currentTimeMillis(), 36);
        AtomicLong sent = new AtomicLong();
        Collection<Registration> answers = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        Load.Outcome outcome = Load.closedLoop("registrations", CLIENTS, registrations, Duration.ofMinutes(10), () -> {
            long n = sent.incrementAndGet();
            JsonNode answer = http.post(suite.gateway(), "api/congresses/" + congress + "/registrations", null,
                    // consentToList is events-service's name for the field issue 13 calls listConsent.
                    Map.of("name", "Bench Deelnemer " + n, "email", "bench-" + run + "-" + n + "@example.org",
                            "organisation", "Stichting Bench", "municipality", "almelo", "language", "nl",
                            "listConsent", false, "consentToList", false))
                    .expect("register", 201).json();
            JsonNode position = answer.path("position");
            answers.add(new Registration(answer.path("code").asString(), answer.path("status").asString(),
                    position.isNumber() ? position.asInt() : null, System.nanoTime()));
        });
        Console.say("  " + outcome.summary());

        long confirmed = answers.stream().filter(r -> "CONFIRMED".equals(r.status())).count();
        long lastConfirmed = answers.stream().filter(r -> "CONFIRMED".equals(r.status()))
                .mapToLong(Registration::answeredNanos).max().orElse(started);
        double confirmedPerSecond = confirmed * 1e9 / Math.max(1, lastConfirmed - started);
        double p99 = outcome.millis(99);
        Section section = new Section(name())
                .figure("confirmed registrations per second", Section.count(confirmedPerSecond) + "/s", "≥ 1,000/s",
                        confirmedPerSecond >= 1_000)
                .figure("latency p50 / p95 / p99", Section.millis(outcome.millis(50)) + " / "
                                + Section.millis(outcome.millis(95)) + " / " + Section.millis(p99), "p99 ≤ 150 ms",
                        p99 <= 150)
                .note(outcome);
        check(section, answers, registrations, seats, outcome.failed());
        return section.note("confirmed/s: confirmations answered divided by the time from the first request to the"
                        + " last confirmation; clients anonymous, all from 127.0.0.1, so the gateway's per-address"
                        + " limit for anonymous writes must be off (it is on the spare suite)")
                .note("not run: the same rush with two events-service instances behind the gateway: the launcher"
                        + " starts one instance of each service and the gateway routes to one address per service");
    }

    /** The counts the rush must come out with, each as a figure that is met or missed. */
    private static void check(Section section, Collection<Registration> answers, int registrations, int seats,
            long failed) {
        long confirmed = answers.stream().filter(r -> "CONFIRMED".equals(r.status())).count();
        long waitlisted = answers.stream().filter(r -> "WAITLISTED".equals(r.status())).count();
        List<Integer> given = answers.stream().filter(r -> "WAITLISTED".equals(r.status()))
                .map(Registration::position).toList();
        Set<Integer> positions = new HashSet<>(given);
        long missing = given.contains(null) ? -1 : LongStream.rangeClosed(1, waitlisted)
                .filter(p -> !positions.contains((int) p)).count();
        boolean positionsComplete = missing == 0 && positions.size() == given.size();
        String positionsFound = missing < 0 ? "some without a position"
                : positionsComplete ? "1.." + waitlisted + ", no gaps or duplicates"
                : String.format("%,d distinct of %,d, %,d of 1..%,d missing", positions.size(), given.size(), missing,
                        waitlisted);
        Set<String> codes = new HashSet<>();
        boolean codesUnique = answers.stream().allMatch(r -> r.code() != null && !r.code().isEmpty()
                && codes.add(r.code()));
        int expectedWaiting = registrations - seats;
        section.figure("CONFIRMED", Section.count(confirmed), "exactly " + Section.count(seats), confirmed == seats)
                .figure("WAITLISTED", Section.count(waitlisted), "exactly " + Section.count(expectedWaiting),
                        waitlisted == expectedWaiting)
                .figure("waiting-list positions", positionsFound, "1.." + Section.count(expectedWaiting),
                        positionsComplete && waitlisted == expectedWaiting)
                .figure("registration codes", codesUnique ? "all distinct" : "duplicates", "all distinct",
                        codesUnique)
                .figure("failed requests", Section.count(failed), "0", failed == 0);
    }

    /** A public congress of the organiser's city, open for registration, published if publishing is a step. */
    private static String openCongress(Suite suite, Http http, int seats) throws Exception {
        String token = suite.token("organiser@almelo");
        Instant startsAt = Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Http.Answer created = http.post(suite.gateway(), "api/congresses", token, Map.of(
                        "title", Map.of("nl", "Benchmarkcongres", "en", "Benchmark congress"),
                        "startsAt", startsAt.toString(),
                        "endsAt", startsAt.plus(8, ChronoUnit.HOURS).toString(),
                        "capacity", seats,
                        "publicRegistration", true,
                        "visibility", "PUBLIC"))
                .expect("create congress", 201);
        String id = created.json().path("id").asString();
        if (id.isEmpty() && created.location() != null) {
            id = created.location().substring(created.location().lastIndexOf('/') + 1);
        }
        // 404: the route does not exist, so a congress needs no publishing; 409: already published.
        http.post(suite.gateway(), "api/congresses/" + id + "/publish", token, null)
                .expect("publish congress", 200, 201, 204, 404, 409);
        return id;
    }
}
