package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.citybridge.systemtests.AbuseReport.Finding;
import org.citybridge.systemtests.AbuseReport.Kind;
import org.citybridge.systemtests.MalformedRequests.Probe;
import org.citybridge.systemtests.OpenApiRoutes.Parameter;
import org.citybridge.systemtests.OpenApiRoutes.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route of every service, read from the services' OpenAPI documents, called the way an attacker
 * or a broken client would (see {@link MalformedRequests}) with each demo role, another city's token
 * and no token, at the service ports and, for a sample, through the gateway. Nothing may answer 5xx,
 * every error is problem+json, and no city ever receives another city's private demo data. The
 * figures and the findings, grouped by cause, go to target/abuse-report.md. It runs after the other
 * classes of the launched suite, since its well-formed writes change demo resources they read.
 * <p>
 * Bodies are generated from the request schemas ({@link SchemaBodies}) with one seeded random source
 * ({@code -Dcitybridge.abuse.seed}), so a run can be repeated request for request.
 */
@ExtendWith(LaunchedSuite.class)
@Order(Integer.MAX_VALUE)
class AbuseIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SERVICES = List.of("organisations", "actions", "knowledge", "events");
    private static final Path REPORT = Path.of("target", "abuse-report.md");
    private static final int IN_FLIGHT = 12;
    private static final int GENERATED_BODIES = 3;
    private static final long SEED = Long.getLong("citybridge.abuse.seed", 20261130L);
    private static final int GATEWAY_SAMPLE_EVERY = 5;
    private static final Set<String> GATEWAY_VARIANTS = Set.of("well-formed", "another city's private id",
            "query value %ff", "operator object in a parameter", "header with non-ASCII bytes", "invalid JSON",
            "path parameter %ff", "deep nesting", "multipart without boundary");

    /**
     * Private demo data per municipality (ids as the demo files give them), each with the services that
     * hold it or a copy of it. Not an id named elsewhere on purpose: an action's owner names its
     * department, and a practice shared with a bridge group (Münster's courses for mothers) is the group's
     * to read, so neither is private in the sense checked here.
     */
    private static final Map<String, Map<String, Set<String>>> PRIVATE_DEMO_IDS = Map.of(
            "antwerpen", Map.of(
                    "demo-practice-antwerpen-roma-bemiddeling", Set.of("knowledge"),
                    "demo-antwerpen-diversiteitsmanagement", Set.of("organisations", "events"),
                    "demo-antwerpen-buurtsecretariaten", Set.of("organisations", "events")),
            "muenster", Map.of(
                    "demo-muenster-schulamt", Set.of("organisations", "events")),
            "almelo", Map.of(
                    "demo-action-almelo-contactpersonen-afdelingen", Set.of("actions", "knowledge"),
                    "demo-almelo-afdeling-onderwijs", Set.of("organisations", "events"),
                    "demo-almelo-kleurrijk", Set.of("organisations", "events")));

    /** A caller of the abuse suite; {@code municipality} is null for the network admin and for no token. */
    record Caller(String name, String token, String municipality, Set<String> roles) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private static final AbuseReport REPORT_DATA = new AbuseReport();
    private static Launcher launcher;
    private static List<Caller> callers;
    private static final List<Route> ROUTES = new ArrayList<>();
    private static long seconds;
    /** The first id found under a parent path, per service, parent and parameter ("" where none was found). */
    private static final Map<String, String> FOUND = new ConcurrentHashMap<>();

    @BeforeAll
    static void abuseEveryRoute() throws Exception {
        launcher = LaunchedSuite.launcher();
        long begin = System.nanoTime();
        callers = List.of(
                new Caller("officer@almelo", launcher.token("officer@almelo"), "almelo", Set.of("OFFICER")),
                new Caller("organiser@almelo", launcher.token("organiser@almelo"), "almelo", Set.of("ORGANISER")),
                new Caller("admin@citybridge", launcher.token("admin@citybridge"), null, Set.of("ADMIN")),
                new Caller("officer@antwerpen (another city)", launcher.token("officer@antwerpen"), "antwerpen",
                        Set.of("OFFICER")),
                new Caller("no token", null, null, Set.of()));
        for (String service : SERVICES) {
            HttpResponse<String> document = send(launcher.service(service), "GET", "/v3/api-docs", null, Map.of(),
                    null, null);
            assertThat(document.statusCode()).as("%s's OpenAPI document", service).isEqualTo(200);
            ROUTES.addAll(OpenApiRoutes.read(service, JSON.readTree(document.body())));
        }
        assertThat(ROUTES).as("routes in the OpenAPI documents").hasSizeGreaterThan(100);

        List<Call> calls = new ArrayList<>();
        SchemaBodies bodies = new SchemaBodies(new Random(SEED));
        for (Route route : ROUTES) {
            calls.addAll(callsTo(route, realValues(route), bodies));
        }
        calls.addAll(pathsNoDocumentNames());
        sendAll(calls, IN_FLIGHT);
        sendAll(gatewaySample(calls), 4);
        seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin);
    }

    @AfterAll
    static void report() throws Exception {
        List<String> names = callers == null ? List.of() : callers.stream().map(Caller::name).toList();
        REPORT_DATA.write(REPORT, seconds, "Routes from the services' OpenAPI documents: " + ROUTES.size()
                + "; callers: " + names + "; seed of the generated bodies " + SEED + ".");
    }

    @Test
    void nothingAnswers5xx() {
        List<Finding> errors = new ArrayList<>(REPORT_DATA.findings(Kind.SERVER_ERROR));
        errors.addAll(REPORT_DATA.findings(Kind.NO_ANSWER));
        assertThat(errors).as("5xx or no answer, by cause (%d requests)%n%s", REPORT_DATA.requests(),
                AbuseReport.byCause(errors)).isEmpty();
    }

    @Test
    void everyErrorIsProblemJson() {
        List<Finding> errors = REPORT_DATA.findings(Kind.NOT_PROBLEM_JSON);
        assertThat(errors).as("errors that are not application/problem+json, by cause%n%s", AbuseReport.byCause(errors))
                .isEmpty();
    }

    @Test
    void noCityReceivesAnotherCitysPrivateData() throws Exception {
        // The check below would pass vacuously if the ids were wrong: each owner sees its private data.
        Caller almelo = callers.get(0);
        Caller antwerpen = callers.get(3);
        assertThat(send(launcher.service("knowledge"), "GET",
                "/api/practices/demo-practice-antwerpen-roma-bemiddeling", antwerpen.token(), Map.of(), null, null)
                .statusCode()).as("Antwerpen reads its own private practice").isEqualTo(200);
        assertThat(send(launcher.service("actions"), "GET",
                "/api/actions/demo-action-almelo-contactpersonen-afdelingen", almelo.token(), Map.of(), null, null)
                .statusCode()).as("Almelo reads its own private action").isEqualTo(200);
        List<Finding> leaks = REPORT_DATA.findings(Kind.PRIVATE_DATA);
        assertThat(leaks).as("2xx bodies with another city's private demo data%n%s", AbuseReport.byCause(leaks)).isEmpty();
    }

    /** One request to send, by whom, and where. */
    record Call(String where, String service, String template, String base, Caller caller, Probe probe) {
    }

    private static List<Call> callsTo(Route route, Map<String, String> realValues, SchemaBodies bodies) {
        MalformedRequests requests = new MalformedRequests(route, realValues, GENERATED_BODIES);
        Supplier<JsonNode> validish = () -> bodies.validish(route.bodySchema());
        Supplier<JsonNode> mutated = () -> bodies.mutated(route.bodySchema());
        List<Probe> few = requests.few(validish);
        List<Probe> all = requests.all(validish, mutated);
        List<Call> calls = new ArrayList<>();
        String base = launcher.service(route.service());
        // Every variant for the first caller the route admits, a few for the others (refused, or the same again).
        Caller fullyProbed = callers.stream().filter(caller -> route.admits(caller.roles())).findFirst().orElse(null);
        for (Caller caller : callers) {
            (caller == fullyProbed ? all : few).forEach(probe -> calls.add(
                    new Call(route.service(), route.service(), route.template(), base, caller, probe)));
            if (caller.municipality() != null && route.method().equals("GET") && !route.pathParameters().isEmpty()) {
                calls.addAll(othersPrivateIds(route, caller, base));
            }
        }
        return calls;
    }

    /** Paths outside every document, which a scanner tries first: Boot's error page must not be a route. */
    private static List<Call> pathsNoDocumentNames() {
        List<Call> calls = new ArrayList<>();
        for (String service : SERVICES) {
            for (String path : List.of("/error", "/api", "/api/%2e%2e/admin/outbox", "/api/does-not-exist?x=1")) {
                for (String method : List.of("GET", "POST")) {
                    for (Caller caller : List.of(callers.get(0), callers.get(callers.size() - 1))) {
                        calls.add(new Call(service, service, path, launcher.service(service), caller,
                                new Probe("path outside the documents " + path, method, path, Map.of(), null, null)));
                    }
                }
            }
        }
        return calls;
    }

    /** The route asked for another city's private resources by their ids, as a curious caller would. */
    private static List<Call> othersPrivateIds(Route route, Caller caller, String base) {
        List<Call> calls = new ArrayList<>();
        PRIVATE_DEMO_IDS.forEach((city, ids) -> {
            if (!city.equals(caller.municipality())) {
                ids.forEach((id, services) -> {
                    if (services.contains(route.service())) {
                        Parameter first = route.pathParameters().get(0);
                        Map<String, String> values = new LinkedHashMap<>();
                        values.put(first.name(), id);
                        new MalformedRequests(route, values, 0).few(null).stream().limit(1)
                                .map(probe -> new Probe("another city's private id", probe.method(), probe.target(),
                                        probe.headers(), probe.contentType(), probe.body()))
                                .forEach(probe -> calls.add(new Call(route.service(), route.service(),
                                        route.template(), base, caller, probe)));
                    }
                });
            }
        });
        return calls;
    }

    /**
     * A value per path parameter naming something that exists, where the route's parent lists it:
     * {@code /api/visions/{visionId}/contributions/{contributionId}} takes the first vision of
     * {@code GET /api/visions}, then the first contribution of {@code GET /api/visions/<id>/contributions}
     * (or of a {@code contributions} member of {@code GET /api/visions/<id>}).
     */
    private static Map<String, String> realValues(Route route) {
        Map<String, String> values = new LinkedHashMap<>();
        String resolved = route.template();
        for (Parameter parameter : route.pathParameters()) {
            String placeholder = "{" + parameter.name() + "}";
            String parent = resolved.substring(0, resolved.indexOf(placeholder) - 1);
            String value = firstIdUnder(route.service(), parent, parameter.name());
            if (value == null) {
                break;
            }
            values.put(parameter.name(), value);
            resolved = resolved.replace(placeholder, value);
        }
        return values;
    }

    private static String firstIdUnder(String service, String parent, String parameter) {
        String key = service + " " + parent + " " + parameter;
        if (FOUND.containsKey(key)) {
            return FOUND.get(key).isEmpty() ? null : FOUND.get(key);
        }
        String found = null;
        for (Caller caller : callers.subList(0, 3)) {
            try {
                HttpResponse<String> list = send(launcher.service(service), "GET", parent + "?size=5",
                        caller.token(), Map.of(), null, null);
                if (list.statusCode() == 200 && list.headers().firstValue("Content-Type").orElse("").contains("json")) {
                    found = idIn(JSON.readTree(list.body()), parameter);
                }
                if (found == null && parent.lastIndexOf('/') > 0) {
                    String member = parent.substring(parent.lastIndexOf('/') + 1);
                    String owner = parent.substring(0, parent.lastIndexOf('/'));
                    HttpResponse<String> detail = send(launcher.service(service), "GET", owner, caller.token(),
                            Map.of(), null, null);
                    if (detail.statusCode() == 200 && detail.headers().firstValue("Content-Type").orElse("").contains("json")) {
                        found = idIn(JSON.readTree(detail.body()).path(member), parameter);
                    }
                }
            } catch (Exception e) {
                found = null;
            }
            if (found != null) {
                break;
            }
        }
        FOUND.put(key, found == null ? "" : found);
        return found;
    }

    /** The id of the first item of a page, an array, or null: "id", else the parameter's own name or stem. */
    private static String idIn(JsonNode node, String parameter) {
        JsonNode items = node.has("items") ? node.path("items") : node;
        if (!items.isArray() || items.isEmpty()) {
            return null;
        }
        JsonNode first = items.get(0);
        String stem = parameter.endsWith("Id") ? parameter.substring(0, parameter.length() - 2) : parameter;
        for (String name : List.of("id", parameter, stem, "code", "number")) {
            if (first.path(name).isString() || first.path(name).isNumber()) {
                return first.path(name).asString();
            }
        }
        return null;
    }

    /**
     * Through the gateway, which limits rates (a 429 is a fine answer): on every n-th /api route, as
     * Almelo's officer and as another city, the variants that the gateway passes on or refuses itself.
     */
    private static List<Call> gatewaySample(List<Call> calls) {
        List<String> sampledRoutes = new ArrayList<>();
        for (int i = 0; i < ROUTES.size(); i += GATEWAY_SAMPLE_EVERY) {
            sampledRoutes.add(ROUTES.get(i).service() + " " + ROUTES.get(i).template());
        }
        return calls.stream()
                .filter(call -> call.probe().target().startsWith("/api/")
                        && sampledRoutes.contains(call.service() + " " + call.template())
                        && (call.caller() == callers.get(0) || call.caller() == callers.get(3))
                        && GATEWAY_VARIANTS.contains(call.probe().variant()))
                .map(call -> new Call("gateway", call.service(), call.template(), launcher.gateway(), call.caller(),
                        call.probe()))
                .toList();
    }

    private static void sendAll(List<Call> calls, int inFlight) throws InterruptedException {
        Semaphore permits = new Semaphore(inFlight);
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (Call call : calls) {
            permits.acquire();
            pending.add(sendAsync(call).whenComplete((ignored, failure) -> permits.release()));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    }

    private static CompletableFuture<Void> sendAsync(Call call) {
        Probe probe = call.probe();
        HttpRequest request;
        try {
            request = request(call.base(), probe.method(), probe.target(), call.caller().token(), probe.headers(),
                    probe.contentType(), probe.body());
        } catch (IllegalArgumentException unsendable) {
            // What java.net.http refuses to send is no finding about the suite; the report counts it.
            REPORT_DATA.unsendable(call.where());
            return CompletableFuture.completedFuture(null);
        }
        REPORT_DATA.sent(call.where());
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .handle((response, failure) -> {
                    check(call, response, failure);
                    return null;
                });
    }

    private static void check(Call call, HttpResponse<String> response, Throwable failure) {
        Probe probe = call.probe();
        if (response == null) {
            REPORT_DATA.found(new Finding(Kind.NO_ANSWER, call.where(), call.caller().name(), probe.variant(),
                    probe.method(), probe.target(), -1, String.valueOf(failure)));
            return;
        }
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        String excerpt = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        if (status >= 500) {
            REPORT_DATA.found(new Finding(Kind.SERVER_ERROR, call.where(), call.caller().name(), probe.variant(),
                    probe.method(), probe.target(), status, excerpt));
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 400 && !body.isEmpty() && !type.startsWith("application/problem+json")) {
            REPORT_DATA.found(new Finding(Kind.NOT_PROBLEM_JSON, call.where(), call.caller().name(), probe.variant(),
                    probe.method(), probe.target(), status, type + " " + excerpt));
        }
        if (status >= 200 && status < 300 && call.caller().municipality() != null) {
            PRIVATE_DEMO_IDS.forEach((city, ids) -> ids.forEach((id, services) -> {
                if (!city.equals(call.caller().municipality()) && services.contains(call.service()) && body.contains(id)) {
                    REPORT_DATA.found(new Finding(Kind.PRIVATE_DATA, call.where(), call.caller().name(), probe.variant(),
                            probe.method(), probe.target(), status, id + " of " + city + " in " + excerpt));
                }
            }));
        }
    }

    private static HttpResponse<String> send(String base, String method, String target, String token,
            Map<String, String> headers, String contentType, byte[] body) throws Exception {
        return HTTP.send(request(base, method, target, token, headers, contentType, body),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest request(String base, String method, String target, String token,
            Map<String, String> headers, String contentType, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + target)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        return builder.build();
    }
}
