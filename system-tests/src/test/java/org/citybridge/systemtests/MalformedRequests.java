package org.citybridge.systemtests;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.citybridge.systemtests.OpenApiRoutes.Parameter;
import org.citybridge.systemtests.OpenApiRoutes.Route;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the abuse suite sends to one route: a well-formed request first, then variants that are each
 * wrong in one way (bad percent-encodings, wrong types, operator objects, huge and negative numbers,
 * oversized strings, deep nesting, wrong content types, invalid JSON, bodies generated from the schema).
 */
final class MalformedRequests {

    /** One request: {@code target} is the path and query exactly as sent (already encoded). */
    record Probe(String variant, String method, String target, Map<String, String> headers, String contentType,
            byte[] body) {

        Probe {
            headers = Map.copyOf(headers);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OPERATOR = URLEncoder.encode("{\"$gt\":\"\"}", StandardCharsets.UTF_8);
    private static final String INVALID_UTF8_JSON_START = "{\"x\":\"";

    private final Route route;
    private final Map<String, String> realValues;
    private final int generatedBodies;

    /**
     * @param realValues a value per path parameter that names an existing resource, where one was found
     * @param generatedBodies how many valid-ish and how many mutated bodies to generate for the route
     */
    MalformedRequests(Route route, Map<String, String> realValues, int generatedBodies) {
        this.route = route;
        this.realValues = realValues;
        this.generatedBodies = generatedBodies;
    }

    /** Few requests: for callers the route refuses, which must be refused the same way however malformed. */
    List<Probe> few(Supplier<JsonNode> validish) {
        List<Probe> probes = new ArrayList<>();
        probes.add(wellFormed("well-formed", validish));
        probes.add(withPath("unknown ids", name -> "does-not-exist-4711", validish));
        if (route.takesJson()) {
            probes.add(json("invalid JSON", route.method(), target(realValues), "{\"title\":"));
        }
        probes.add(withQuery("operator object in a parameter", "q%5B%24regex%5D=.*", validish));
        return probes;
    }

    /** Every variant: for callers the route admits. */
    List<Probe> all(Supplier<JsonNode> validish, Supplier<JsonNode> mutated) {
        List<Probe> probes = new ArrayList<>(few(validish));
        probes.add(withPath("path parameter %ff", name -> "%ff", validish));
        probes.add(withPath("path parameter with %00", name -> "x%00y", validish));
        probes.add(withPath("operator object as path parameter", name -> OPERATOR, validish));
        probes.add(withPath("oversized path parameter", name -> "x".repeat(4_000), validish));
        probes.add(withPath("wrong type or huge path parameter", name -> "99999999999999999999", validish));
        probes.add(withPath("not a number as path parameter", name -> "abc", validish));
        probes.add(withPath("negative path parameter", name -> "-1", validish));
        probes.add(withPath("dots in path parameter", name -> "..%2F..%2Fetc%2Fpasswd", validish));
        probes.add(withQuery("query value %ff", "x=%ff", validish));
        probes.add(withQuery("query name %ff", "%ff=1", validish));
        probes.add(withQuery("query value %00", "q=a%00b", validish));
        probes.add(withQuery("operator object as query value", "q=" + OPERATOR, validish));
        for (Parameter parameter : route.queryParameters()) {
            String name = URLEncoder.encode(parameter.name(), StandardCharsets.UTF_8);
            if (parameter.type().equals("integer") || parameter.type().equals("number")) {
                probes.add(withQuery("query " + parameter.name() + " not a number", name + "=abc", validish));
                probes.add(withQuery("query " + parameter.name() + " huge", name + "=99999999999999999999", validish));
                probes.add(withQuery("query " + parameter.name() + " negative", name + "=-2147483649", validish));
            } else {
                probes.add(withQuery("query " + parameter.name() + " oversized", name + "=" + "x".repeat(5_000), validish));
                probes.add(withQuery("query " + parameter.name() + " repeated", name + "=a&" + name + "=b&" + name + "=" + OPERATOR,
                        validish));
            }
        }
        probes.add(withHeader("header with non-ASCII bytes", "X-Note", "Grüße aus Münster", validish));
        for (String header : route.headers()) {
            probes.add(withHeader("header " + header + " junk", header, "\"" + "x".repeat(300) + "\"", validish));
        }
        String target = target(realValues);
        if (route.bodyType() == null) {
            probes.add(json("unexpected JSON body", route.method(), target, "{\"$gt\":\"\"}"));
            return probes;
        }
        if (route.takesJson()) {
            probes.add(json("empty body", route.method(), target, ""));
            probes.add(json("JSON null", route.method(), target, "null"));
            probes.add(json("JSON array", route.method(), target, "[]"));
            probes.add(json("truncated JSON", route.method(), target, "{\"a\":[1,2"));
            probes.add(json("deep nesting", route.method(), target, "[".repeat(10_000) + "]".repeat(10_000)));
            probes.add(json("deep nesting in a member", route.method(), target,
                    "{\"title\":" + "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000) + "}"));
            probes.add(json("lone surrogate", route.method(), target, "{\"title\":\"\\ud800\"}"));
            probes.add(new Probe("invalid UTF-8 in JSON", route.method(), target, Map.of(), "application/json",
                    concat(INVALID_UTF8_JSON_START.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff, (byte) 0xfe,
                            '"', '}'})));
            probes.add(json("huge number", route.method(), target, "{\"capacity\":1e999999,\"title\":1" + "0".repeat(2_000) + "}"));
            probes.add(new Probe("text/plain body", route.method(), target, Map.of(), "text/plain",
                    bytes(validish.get())));
            probes.add(new Probe("XML body", route.method(), target, Map.of(), "application/xml", "<a>1</a>".getBytes()));
            probes.add(new Probe("multipart without boundary", route.method(), target, Map.of(), "multipart/form-data",
                    "--x\r\n".getBytes()));
            probes.add(new Probe("JSON with a bogus charset", route.method(), target, Map.of(),
                    "application/json; charset=bogus-1", bytes(validish.get())));
            probes.add(new Probe("no content type", route.method(), target, Map.of(), null, bytes(validish.get())));
            Stream.generate(validish).limit(generatedBodies).forEach(body -> probes.add(
                    new Probe("generated valid-ish body", route.method(), target, Map.of(), "application/json", bytes(body))));
            Stream.generate(mutated).limit(generatedBodies).forEach(body -> probes.add(
                    new Probe("generated mutated body", route.method(), target, Map.of(), "application/json", bytes(body))));
        } else {
            probes.add(json("JSON to a multipart route", route.method(), target, "{\"file\":\"x\"}"));
            probes.add(new Probe("multipart without boundary", route.method(), target, Map.of(), "multipart/form-data",
                    "--x\r\n".getBytes()));
            probes.add(new Probe("multipart with a broken part", route.method(), target, Map.of(),
                    "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc"
                            .getBytes()));
            probes.add(new Probe("multipart without a file", route.method(), target, Map.of(),
                    "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nabc\r\n--b--\r\n"
                            .getBytes()));
        }
        return probes;
    }

    private Probe wellFormed(String variant, Supplier<JsonNode> validish) {
        return withPath(variant, name -> null, validish);
    }

    /** Path parameters from {@code junk} (already encoded), or the real value where junk gives null. */
    private Probe withPath(String variant, Function<String, String> junk, Supplier<JsonNode> validish) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : route.pathParameters()) {
            String value = junk.apply(parameter.name());
            values.put(parameter.name(), value != null ? value : encode(realValues.getOrDefault(parameter.name(),
                    parameter.type().equals("integer") ? "1" : "does-not-exist-4711")));
        }
        return withBody(variant, target(values, defaultQuery()), Map.of(), validish);
    }

    private Probe withQuery(String variant, String query, Supplier<JsonNode> validish) {
        String defaults = defaultQuery();
        return withBody(variant, target(encoded(realValues), defaults.isEmpty() ? query : defaults + "&" + query), Map.of(),
                validish);
    }

    private Probe withHeader(String variant, String header, String value, Supplier<JsonNode> validish) {
        return withBody(variant, target(realValues), Map.of(header, value), validish);
    }

    private Probe withBody(String variant, String target, Map<String, String> headers, Supplier<JsonNode> validish) {
        if (route.takesJson()) {
            return new Probe(variant, route.method(), target, headers, "application/json", bytes(validish.get()));
        }
        if (route.bodyType() != null) {
            return new Probe(variant, route.method(), target, headers, "multipart/form-data; boundary=b",
                    ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                            + "hello\r\n--b--\r\n").getBytes());
        }
        return new Probe(variant, route.method(), target, headers, null, null);
    }

    private Probe json(String variant, String method, String target, String body) {
        return new Probe(variant, method, target, Map.of(), "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private String target(Map<String, String> rawValues) {
        return target(encoded(rawValues), defaultQuery());
    }

    private Map<String, String> encoded(Map<String, String> rawValues) {
        return rawValues.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> encode(entry.getValue())));
    }

    private String target(Map<String, String> encodedValues, String query) {
        String path = route.template();
        for (Parameter parameter : route.pathParameters()) {
            String value = encodedValues.getOrDefault(parameter.name(), parameter.type().equals("integer") ? "1" : "does-not-exist-4711");
            path = path.replace("{" + parameter.name() + "}", value);
        }
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** A small page, so that list routes answer quickly and a private item could show on it. */
    private String defaultQuery() {
        return route.queryParameters().stream().anyMatch(parameter -> parameter.name().equals("size")) ? "size=20" : "";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(JsonNode body) {
        return JSON.writeValueAsBytes(body);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
