package org.citybridge.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.citybridge.platform.security.RouteDeclarations;
import org.citybridge.platform.security.RouteDeclarations.Route;
import org.citybridge.platform.tenancy.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.pattern.PathPatternParser;
import org.yaml.snakeyaml.Yaml;

/**
 * The generated access tests of a service: it walks every route of the running service, read from
 * its handler mappings, so a new route is covered the day it is written.
 * <ul>
 * <li>{@link #assertEveryRouteDeclared()}: no route without {@code @Allowed} or {@code @PublicRoute}.</li>
 * <li>{@link #assertRolesAsDeclared(String)}: each role's token, a member with no role and no token
 * get exactly the 401/403 the declaration implies, and nobody a 5xx.</li>
 * <li>{@link #assertAnotherCityGets404(String, String)}: every route that names a resource, called by
 * another city with every role the route admits (and by anonymous callers on public routes), answers
 * 404 on the owner's private resources, as if they did not exist.</li>
 * </ul>
 * Routes are called with the {@link Fixtures}: a value per path variable (the owner's private
 * resources) and a valid body per writing route. A route without its fixture fails the test with a
 * message saying which one to add.
 */
public final class RouteMatrix {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");

    /** What the matrix sends: path variable values and request bodies. */
    public static final class Fixtures {

        private final Map<String, String> paths = new LinkedHashMap<>();
        private final Map<String, String> bodies = new LinkedHashMap<>();
        private final Map<String, String> queries = new LinkedHashMap<>();
        private final Map<String, String> exempt = new LinkedHashMap<>();
        private final Map<String, String> networkWide = new LinkedHashMap<>();

        /** The platform's own admin routes come with their fixtures. */
        public Fixtures() {
            paths.put("eventId", "no-such-event");
        }

        /** The value of a path variable, e.g. {@code path("id", privateOrganisationId)}. */
        public Fixtures path(String variable, String value) {
            paths.put(variable, value);
            return this;
        }

        /** A valid JSON body for a route, named as {@code "POST /api/organisations"}. */
        public Fixtures body(String route, String json) {
            bodies.put(route, json);
            return this;
        }

        /**
         * A query string a route needs to reach its handler ({@code "with=" + otherReportId}); without
         * it the framework answers 400 before the route's tenancy rule is ever asked.
         */
        public Fixtures query(String route, String query) {
            queries.put(route, query);
            return this;
        }

        /**
         * A route whose resource belongs to the whole network, not to one city (the member
         * municipalities): another city reads it like its owner, so it is left out of the 404 pass.
         */
        public Fixtures networkWide(String route, String reason) {
            networkWide.put(route, reason);
            return this;
        }

        /** Leaves a route out of the calls (not out of the declaration check), saying why. */
        public Fixtures exempt(String route, String reason) {
            exempt.put(route, reason);
            return this;
        }
    }

    private final ApiClient api;
    private final List<Route> routes;
    private final Fixtures fixtures;

    private RouteMatrix(int port, List<Route> routes, Fixtures fixtures) {
        this.api = ApiClient.onPort(port);
        this.routes = routes;
        this.fixtures = fixtures;
    }

    public static RouteMatrix of(ApplicationContext context, int port, Fixtures fixtures) {
        List<Route> routes = RouteDeclarations.routes(context);
        assertThat(routes).as("the service's routes").isNotEmpty();
        return new RouteMatrix(port, routes, fixtures);
    }

    public List<Route> routes() {
        return routes;
    }

    /**
     * Everything a service's {@code RouteAccessIT} checks: declarations, the gateway's public list,
     * the API document, the roles and another city's 404s.
     */
    public void assertAll(String owner, String otherCity) {
        assertEveryRouteDeclared().assertTheGatewayLetsPublicRoutesThrough().assertTheApiDocumentDescribesEveryRoute();
        assertRolesAsDeclared(owner);
        assertAnotherCityGets404(owner, otherCity);
    }

    public RouteMatrix assertEveryRouteDeclared() {
        assertThat(routes.stream().filter(route -> route.access() == null).map(Route::toString))
                .as("routes without @Allowed or @PublicRoute").isEmpty();
        return this;
    }

    /**
     * Every {@code @PublicRoute} must also be among the gateway's public endpoints
     * ({@code citybridge.gateway.public-endpoints} in gateway/src/main/resources/application.yml), or
     * the gateway refuses anonymous callers before they reach it. The gateway is another process and
     * cannot read the declarations, so this test keeps the two lists in step.
     */
    public RouteMatrix assertTheGatewayLetsPublicRoutesThrough() {
        List<String> gateway = gatewayPublicEndpoints();
        for (Route route : routes) {
            if (route.access() != null && route.access().isPublic() && !fixtures.exempt.containsKey(route.toString())) {
                String path = path(route, variable -> "x");
                boolean listed = gateway.stream().map(endpoint -> endpoint.trim().split("\\s+", 2))
                        .anyMatch(endpoint -> endpoint[0].equalsIgnoreCase(route.method().name())
                                && PathPatternParser.defaultInstance.parse(endpoint[1])
                                        .matches(PathContainer.parsePath(path)));
                assertThat(listed).as("%s is @PublicRoute but not among the gateway's public-endpoints %s", route,
                        gateway).isTrue();
            }
        }
        return this;
    }

    /**
     * The service's OpenAPI document ({@code /v3/api-docs}) describes every route, with the security
     * and roles it declares: other tools read the routes from it and must find them all.
     */
    public RouteMatrix assertTheApiDocumentDescribesEveryRoute() {
        HttpResponse<String> response = api.get("/v3/api-docs", null);
        assertThat(response.statusCode()).as("GET /v3/api-docs without a token").isEqualTo(200);
        tools.jackson.databind.JsonNode document = ApiClient.json(response);
        assertThat(document.get("openapi").asString()).startsWith("3.1");
        SoftAssertions softly = new SoftAssertions();
        for (Route route : routes) {
            tools.jackson.databind.JsonNode operation = document.path("paths").path(route.pattern())
                    .path(route.method().name().toLowerCase(java.util.Locale.ROOT));
            softly.assertThat(operation.isMissingNode()).as("%s in the API document", route).isFalse();
            if (operation.isMissingNode() || route.access() == null) {
                continue;
            }
            if (route.access().isPublic()) {
                softly.assertThat(operation.path("security").isEmpty()).as("%s needs no token", route).isTrue();
            } else {
                softly.assertThat(operation.path("security").toString()).as("%s needs a bearer token", route)
                        .contains("bearer");
                softly.assertThat(operation.path("x-roles").valueStream().map(tools.jackson.databind.JsonNode::asString)
                        .toList()).as("%s's roles", route).containsExactlyInAnyOrderElementsOf(
                                route.access().roles().stream().map(Enum::name).toList());
                softly.assertThat(operation.path("responses").path("403").path("content")
                        .has("application/problem+json")).as("%s documents its 403 problem", route).isTrue();
            }
        }
        softly.assertAll();
        return this;
    }

    @SuppressWarnings("unchecked")
    private static List<String> gatewayPublicEndpoints() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("gateway/src/main/resources/application.yml");
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    Map<String, Object> yaml = new Yaml().load(reader);
                    Map<String, Object> citybridge = (Map<String, Object>) yaml.get("citybridge");
                    Map<String, Object> gateway = (Map<String, Object>) citybridge.get("gateway");
                    return (List<String>) gateway.get("public-endpoints");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("No gateway/src/main/resources/application.yml above " + Path.of("").toAbsolutePath());
    }

    /**
     * Each route with unknown ids in its path: the checks of the declaration come before anything that
     * could find the resource, so the status tells what the declaration let through.
     */
    public void assertRolesAsDeclared(String city) {
        SoftAssertions softly = new SoftAssertions();
        for (Route route : called()) {
            String path = path(route, variable -> "unknown-" + UUID.randomUUID());
            for (Role role : Role.values()) {
                int status = call(route, path, TestTokens.withRole(role, city)).statusCode();
                if (route.access().admits(new org.citybridge.platform.tenancy.Caller("x", city, EnumSet.of(role)))) {
                    softly.assertThat(status).as("%s as %s, which it admits", route, role).isNotIn(401, 403)
                            .isLessThan(500);
                } else {
                    softly.assertThat(status).as("%s as %s, which it does not admit", route, role).isEqualTo(403);
                }
            }
            int noRole = call(route, path, TestTokens.member(city)).statusCode();
            int anonymous = call(route, path, null).statusCode();
            if (route.access().isPublic()) {
                softly.assertThat(noRole).as("%s by a member without a role", route).isNotIn(401, 403).isLessThan(500);
                softly.assertThat(anonymous).as("%s without a token", route).isNotIn(401, 403).isLessThan(500);
            } else {
                softly.assertThat(noRole).as("%s by a member without a role", route).isEqualTo(403);
                softly.assertThat(anonymous).as("%s without a token", route).isEqualTo(401);
            }
        }
        softly.assertAll();
    }

    /** Every route with a path variable, on the owner's private resources, by another city: 404. */
    public void assertAnotherCityGets404(String owner, String otherCity) {
        SoftAssertions softly = new SoftAssertions();
        for (Route route : called()) {
            if (!VARIABLE.matcher(route.pattern()).find() || fixtures.networkWide.containsKey(route.toString())) {
                continue;
            }
            String path = path(route, variable -> {
                String value = fixtures.paths.get(variable);
                assertThat(value).as("RouteMatrix.Fixtures: no value for {%s} of %s; add .path(\"%s\", <a private "
                        + "resource of %s>)", variable, route, variable, owner).isNotNull();
                return value;
            });
            List<String> callers = new ArrayList<>();
            for (Role role : Role.values()) {
                String token = TestTokens.withRole(role, otherCity);
                if (route.access().isPublic() || route.access().roles().contains(role)) {
                    callers.add(role + "|" + token);
                }
            }
            if (route.access().isPublic()) {
                callers.add("anonymous|");
            }
            for (String caller : callers) {
                String[] parts = caller.split("\\|", 2);
                HttpResponse<String> response = call(route, path, parts[1].isEmpty() ? null : parts[1]);
                softly.assertThat(response.statusCode()).as("%s by %s of %s: %s", route, parts[0], otherCity,
                        response.body()).isEqualTo(404);
            }
        }
        softly.assertAll();
    }

    private List<Route> called() {
        return routes.stream().filter(route -> !fixtures.exempt.containsKey(route.toString())).toList();
    }

    private HttpResponse<String> call(Route route, String path, String authorization) {
        String query = fixtures.queries.get(route.toString());
        HttpRequest.Builder request = api.request(query == null ? path : path + "?" + query, authorization);
        HttpMethod method = route.method();
        boolean takesBody = Arrays.stream(route.handler().getMethodParameters())
                .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class)
                        || parameter.hasParameterAnnotation(RequestParam.class)
                                && MultipartFile.class.equals(parameter.getParameterType()));
        if (takesBody) {
            if (route.consumes().stream().anyMatch(type -> type.startsWith("multipart/"))) {
                String boundary = "matrix" + UUID.randomUUID().toString().replace("-", "");
                String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\nx\r\n--" + boundary + "--\r\n";
                request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
                request.method(method.name(), HttpRequest.BodyPublishers.ofString(body));
            } else {
                String body = fixtures.bodies.get(route.toString());
                assertThat(body).as("RouteMatrix.Fixtures: no body for %s; add .body(\"%s\", <valid JSON>)", route,
                        route).isNotNull();
                request.header("Content-Type", "application/json");
                request.method(method.name(), HttpRequest.BodyPublishers.ofString(body));
            }
        } else {
            request.method(method.name(), HttpRequest.BodyPublishers.noBody());
        }
        return api.send(request);
    }

    private static String path(Route route, java.util.function.Function<String, String> values) {
        Matcher matcher = VARIABLE.matcher(route.pattern());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(
                    URLEncoder.encode(values.apply(matcher.group(1)), StandardCharsets.UTF_8)));
        }
        matcher.appendTail(path);
        return path.toString().replace("/**", "");
    }
}
