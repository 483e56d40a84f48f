package org.citybridge.web.practice;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.citybridge.web.WebProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses of the API with what a person typed in the query. Every value is encoded strictly (a "+" or "&" in a
 * search stays the character the person typed), which the client's default template encoding does not do.
 */
@Component
public class ApiAddress {

    private final URI api;

    ApiAddress(WebProperties properties) {
        this.api = properties.apiUrl();
    }

    /** The path with its variables filled in and encoded, and no query. */
    public URI of(String path, Object... variables) {
        return with(path, Map.of(), variables);
    }

    /** The path with its variables, and each query parameter repeated for each of its values (nulls left out). */
    public URI with(String path, Map<String, ? extends List<String>> query, Object... variables) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromUri(api).path(path);
        List<Object> values = new ArrayList<>(List.of(variables));
        query.forEach((name, given) -> {
            for (String value : given) {
                if (value != null) {
                    builder.queryParam(name, "{q" + values.size() + "}");
                    values.add(value);
                }
            }
        });
        return builder.encode().buildAndExpand(values.toArray()).toUri();
    }
}
