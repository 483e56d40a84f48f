package org.citybridge.bench;

import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Pattern;

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
     * Empty when {@code service}'s document has {@code route} ("POST /api/congresses/{id}/registrations";
     * a path variable may have any name), else why not.
     */
    static Optional<String> lacks(Suite suite, Http http, String service, String route, String waitingFor) {
        String method = route.substring(0, route.indexOf(' ')).toLowerCase();
        String pathPattern = Pattern.quote(route.substring(route.indexOf(' ') + 1))
                .replaceAll("\\{[^}/]+}", "\\\\E\\\\{[^/]+}\\\\Q");
        try {
            Http.Answer answer = http.get(suite.gateway(), "api-docs/" + service, null);
            if (answer.status() != 200) {
                return Optional.of(waitingFor + " (/api-docs/" + service + " answered " + answer.status() + ")");
            }
            JsonNode paths = answer.json().path("paths");
            for (Iterator<String> names = paths.propertyNames().iterator(); names.hasNext();) {
                String path = names.next();
                if (path.matches(pathPattern) && paths.path(path).has(method)) {
                    return Optional.empty();
                }
            }
            return Optional.of(waitingFor + " (no " + route + " in /api-docs/" + service + ")");
        } catch (Exception e) {
            return Optional.of(waitingFor + " (could not read /api-docs/" + service + ": " + e.getMessage() + ")");
        }
    }
}
