package org.citybridge.bench;

import java.util.Iterator;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Whether a service offers a route yet, judged by its OpenAPI document (served through the gateway at
 * {@code /api-docs/<service>}, generated from the controllers it runs): benchmarks of routes that other
 * changes are adding say what they wait for instead of failing half-way.
 */
final class ApiDocs {

    private ApiDocs() {
    }

    /**
     * Empty when {@code service}'s document has {@code method} on a path matching {@code pathPattern}
     * (a regular expression: path variables are named differently by different services), else why not.
     */
    static Optional<String> lacks(Suite suite, Http http, String service, String method, String pathPattern,
            String waitingFor) {
        try {
            Http.Answer answer = http.get(suite.gateway(), "api-docs/" + service, null);
            if (answer.status() != 200) {
                return Optional.of(waitingFor + " (/api-docs/" + service + " answered " + answer.status() + ")");
            }
            JsonNode paths = answer.json().path("paths");
            for (Iterator<String> names = paths.propertyNames().iterator(); names.hasNext();) {
                String path = names.next();
                if (path.matches(pathPattern) && paths.path(path).has(method.toLowerCase())) {
                    return Optional.empty();
                }
            }
            return Optional.of(waitingFor + " (no " + method + " " + pathPattern + " in /api-docs/" + service + ")");
        } catch (Exception e) {
            return Optional.of(waitingFor + " (could not read /api-docs/" + service + ": " + e.getMessage() + ")");
        }
    }
}
