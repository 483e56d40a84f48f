package org.citybridge.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

/**
 * Search latency over many practices (issue 12): officers of the three cities write and publish generated
 * practices (Dutch, German, English) through the gateway, the harness waits until search finds them all,
 * then 8 clients search for words of the practices' vocabulary, with facets and highlighted snippets as
 * the route answers them, through the gateway and direct to knowledge-service.
 */
final class SearchBench implements Benchmark {

    private static final int WRITERS = 8;
    private static final int CLIENTS = 8;
    /** In every generated practice, so that searching for it counts them. */
    private static final String MARKER = "benchcorpus";
    private static final Duration INDEXED_WITHIN = Duration.ofMinutes(10);

    private static final Map<String, List<String>> WORDS = Map.of(
            "nl", List.of("vrijwilligers", "taalcafé", "inburgering", "nieuwkomers", "statushouders", "werk",
                    "huisvesting", "buurthuis", "ouders", "onderwijs", "jongeren", "vrouwen", "sport", "gezondheid",
                    "participatie", "mentoren", "wijkteam", "zelforganisatie", "moskee", "bibliotheek", "stage",
                    "taalles", "koken", "ontmoeting", "armoede", "schulden", "begeleiding", "netwerk", "gemeente"),
            "de", List.of("Ehrenamtliche", "Integrationskurs", "Sprachcafé", "Geflüchtete", "Arbeit", "Wohnung",
                    "Nachbarschaft", "Eltern", "Schule", "Jugendliche", "Frauen", "Sportverein", "Gesundheit",
                    "Teilhabe", "Mentoring", "Quartier", "Migrantenorganisation", "Bibliothek", "Praktikum",
                    "Sprachkurs", "Begegnung", "Armut", "Beratung", "Netzwerk", "Stadtverwaltung"),
            "en", List.of("volunteers", "language", "newcomers", "refugees", "employment", "housing", "neighbourhood",
                    "parents", "school", "youth", "women", "sports", "health", "participation", "mentoring",
                    "district", "library", "internship", "meeting", "poverty", "debt", "guidance", "network"));
    private static final List<String> TARGET_GROUPS = List.of("nieuwkomers", "jongeren", "vrouwen", "ouders",
            "statushouders", "Geflüchtete", "refugees");
    private static final String[][] OFFICERS = {{"officer@almelo", "nl"}, {"officer@antwerpen", "nl"},
            {"officer@muenster", "de"}};

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String measures() {
        return "search with facets and highlights over 100,000 generated practices (--practices N):"
                + " p50/p95/p99 at 8 clients";
    }

    @Override
    public String waitingFor() {
        return "needs knowledge-service search (issue 12)";
    }

    @Override
    public Optional<String> missing(Suite suite, Http http) {
        return ApiDocs.lacks(suite, http, "knowledge", "GET /api/practices/search", waitingFor());
    }

    @Override
    public Section run(Suite suite, Options options) throws Exception {
        Http http = new Http();
        String reader = suite.token("officer@almelo");
        List<String> themes = themes(suite, http, reader);
        long before = total(suite.gateway(), http, reader, MARKER);

        int practices = options.practices();
        Console.say("  writing and publishing " + practices + " practices with " + WRITERS + " writers");
        AtomicLong written = new AtomicLong();
        Load.Outcome writing = Load.closedLoop("practices written", WRITERS, practices, Duration.ofHours(2), () -> {
            long n = written.incrementAndGet();
            String[] officer = OFFICERS[(int) (n % OFFICERS.length)];
            String token = suite.token(officer[0]);
            String id = http.post(suite.gateway(), "api/practices", token, practice(n, officer[1], themes))
                    .expect("write practice", 201).json().path("id").asString();
            http.post(suite.gateway(), "api/practices/" + id + "/publish", token, null)
                    .expect("publish practice", 200, 201, 204);
        });
        Console.say("  " + writing.summary());

        Duration indexing = waitUntilFound(suite, http, reader, before + writing.ok());
        int queries = options.scaled(2_000, 200);
        Section section = new Section(name());
        String firstAnswer = http.get(suite.gateway(), query(), reader).expect("search", 200).body();
        for (Map.Entry<String, URI> target : List.of(Map.entry("through the gateway", suite.gateway()),
                Map.entry("direct to knowledge-service", suite.knowledge()))) {
            Load.Outcome searching = Load.closedLoop("search " + target.getKey(), CLIENTS, queries,
                    Duration.ofMinutes(10), () -> http.get(target.getValue(), query(), reader).expect("search", 200));
            Console.say("  " + searching.summary());
            double p95 = searching.millis(95);
            section.figure("search " + target.getKey() + ", p50 / p95 / p99", Section.millis(searching.millis(50))
                            + " / " + Section.millis(p95) + " / " + Section.millis(searching.millis(99)),
                    "p95 ≤ 20 ms", p95 <= 20)
                    .note(searching);
        }
        return section
                .figure("practices written and published", Section.count(writing.ok()) + " ("
                        + Section.count(writing.perSecond()) + "/s)")
                .figure("until search found them all", String.format("%.1f s after the last was written",
                        indexing.toMillis() / 1000.0))
                .note(writing)
                .note(String.format("%,d practices in the index (%,d before this run); %,d queries per target from"
                        + " %d clients, one word each from the practices' vocabulary (nl, de, en), page 0, size 20",
                        before + writing.ok(), before, queries, CLIENTS))
                .note("the first answer has facets: " + firstAnswer.contains("\"facets\"")
                        + "; highlighted snippets: " + (firstAnswer.contains("<mark>")
                        || firstAnswer.contains("<em>")));
    }

    /** A practice of generated words in the officer's language (or English, one in five). */
    private static Map<String, Object> practice(long n, String cityLanguage, List<String> themes) {
        SplittableRandom random = new SplittableRandom(n);
        String language = random.nextInt(5) == 0 ? "en" : cityLanguage;
        List<String> words = WORDS.get(language);
        Map<String, Object> practice = new LinkedHashMap<>();
        practice.put("title", text(random, words, 5));
        practice.put("summary", text(random, words, 25) + " " + MARKER);
        practice.put("purpose", text(random, words, 25));
        practice.put("approach", text(random, words, 40));
        practice.put("language", language);
        practice.put("themes", themes.isEmpty() ? List.of() : List.of(themes.get(random.nextInt(themes.size()))));
        practice.put("targetGroups", List.of(TARGET_GROUPS.get(random.nextInt(TARGET_GROUPS.size()))));
        practice.put("visibility", "NETWORK");
        return practice;
    }

    private static String text(SplittableRandom random, List<String> words, int length) {
        List<String> chosen = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            chosen.add(words.get(random.nextInt(words.size())));
        }
        return String.join(" ", chosen);
    }

    private static String query() {
        List<String> words = WORDS.get(List.of("nl", "de", "en").get(ThreadLocalRandom.current().nextInt(3)));
        String word = words.get(ThreadLocalRandom.current().nextInt(words.size()));
        return "api/practices/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8) + "&page=0&size=20";
    }

    /** The codes of GET /api/themes, a list or a page (items) of objects with a code (or plain strings). */
    private static List<String> themes(Suite suite, Http http, String token) throws Exception {
        JsonNode answer = http.get(suite.gateway(), "api/themes", token).expect("themes", 200).json();
        JsonNode items = answer.isArray() ? answer : answer.path("items");
        List<String> codes = new ArrayList<>();
        for (JsonNode item : items) {
            codes.add(item.isString() ? item.asString() : item.path("code").asString());
        }
        codes.removeIf(String::isEmpty);
        return codes;
    }

    private static long total(URI base, Http http, String token, String word) throws Exception {
        return http.get(base, "api/practices/search?q=" + word + "&size=1", token).expect("search", 200).json()
                .path("total").asLong();
    }

    private static Duration waitUntilFound(Suite suite, Http http, String token, long expected) throws Exception {
        long started = System.nanoTime();
        long deadline = started + INDEXED_WITHIN.toNanos();
        long lastSaid = started;
        long found;
        while ((found = total(suite.gateway(), http, token, MARKER)) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("search finds " + found + " of " + expected + " practices after "
                        + INDEXED_WITHIN.toMinutes() + " min");
            }
            if (System.nanoTime() - lastSaid > 5_000_000_000L) {
                Console.say(String.format("  … search finds %,d of %,d practices", found, expected));
                lastSaid = System.nanoTime();
            }
            Thread.sleep(200);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
