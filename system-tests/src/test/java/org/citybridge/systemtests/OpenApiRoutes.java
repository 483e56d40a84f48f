package org.citybridge.systemtests;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The routes of one service as its OpenAPI document describes them, with every schema reference
 * resolved, so that a route added tomorrow is probed without anyone writing a line. Object-typed query
 * parameters (springdoc lists a bound record such as PageQuery as one parameter) are spread into their
 * properties, which is what a client sends; the caller, taken from the token, is not a parameter at all.
 */
final class OpenApiRoutes {

    private static final int MAX_DEPTH = 8;
    private static final Set<String> NOT_SENT = Set.of("Caller");

    record Parameter(String name, JsonNode schema) {

        String type() {
            return schema.path("type").asString("string");
        }
    }

    /**
     * One operation. {@code roles} is empty for a public route. {@code bodyType} is null when the
     * operation takes no body.
     */
    record Route(String service, String method, String template, List<Parameter> pathParameters,
            List<Parameter> queryParameters, List<String> headers, String bodyType, JsonNode bodySchema,
            Set<String> roles) {

        boolean isPublic() {
            return roles.isEmpty();
        }

        boolean admits(Set<String> callerRoles) {
            return isPublic() || callerRoles.stream().anyMatch(roles::contains);
        }

        boolean takesJson() {
            return bodyType != null && bodyType.contains("json");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private final JsonNode document;

    private OpenApiRoutes(JsonNode document) {
        this.document = document;
    }

    static List<Route> read(String service, JsonNode document) {
        return new OpenApiRoutes(document).routes(service);
    }

    private List<Route> routes(String service) {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                routes.add(route(service, operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), operation.getValue()));
            }
        }
        return routes;
    }

    private Route route(String service, String method, String template, JsonNode operation) {
        List<Parameter> pathParameters = new ArrayList<>();
        List<Parameter> queryParameters = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asString();
            String reference = parameter.path("schema").path("$ref").asString("");
            if (NOT_SENT.contains(reference.substring(reference.lastIndexOf('/') + 1))) {
                continue;
            }
            JsonNode schema = resolve(parameter.path("schema"), 0);
            switch (parameter.path("in").asString()) {
                case "path" -> pathParameters.add(new Parameter(name, schema));
                case "header" -> headers.add(name);
                case "query" -> {
                    if ("object".equals(schema.path("type").asString()) && schema.has("properties")) {
                        schema.path("properties").properties()
                                .forEach(property -> queryParameters.add(new Parameter(property.getKey(), property.getValue())));
                    } else {
                        queryParameters.add(new Parameter(name, schema));
                    }
                }
                default -> {
                }
            }
        }
        String bodyType = null;
        JsonNode bodySchema = null;
        Optional<Map.Entry<String, JsonNode>> content = operation.path("requestBody").path("content").properties().stream()
                .findFirst();
        if (content.isPresent()) {
            bodyType = content.get().getKey();
            bodySchema = resolve(content.get().getValue().path("schema"), 0);
        }
        Set<String> roles = new LinkedHashSet<>();
        operation.path("x-roles").forEach(role -> roles.add(role.asString()));
        return new Route(service, method, template, pathParameters, queryParameters, headers, bodyType, bodySchema,
                roles);
    }

    /** The schema with its references replaced by what they name, cut off below a depth (records may nest). */
    private JsonNode resolve(JsonNode schema, int depth) {
        if (depth > MAX_DEPTH) {
            return JsonNodeFactory.instance.objectNode().put("type", "string");
        }
        if (schema.has("$ref")) {
            String reference = schema.path("$ref").asString();
            return resolve(document.path("components").path("schemas").path(reference.substring(reference.lastIndexOf('/') + 1)),
                    depth + 1);
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode resolved = (ObjectNode) schema.deepCopy();
        for (String key : List.of("items", "additionalProperties")) {
            if (schema.path(key).isObject()) {
                resolved.set(key, resolve(schema.path(key), depth + 1));
            }
        }
        if (schema.has("properties")) {
            ObjectNode properties = resolved.putObject("properties");
            schema.path("properties").properties().forEach(property -> properties.set(property.getKey(),
                    resolve(property.getValue(), depth + 1)));
        }
        for (String key : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.path(key).isArray()) {
                var alternatives = resolved.putArray(key);
                schema.path(key).forEach(alternative -> alternatives.add(resolve(alternative, depth + 1)));
            }
        }
        return resolved;
    }
}
