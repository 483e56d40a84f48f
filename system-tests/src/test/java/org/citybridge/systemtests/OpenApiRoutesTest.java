package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citybridge.systemtests.OpenApiRoutes.Parameter;
import org.citybridge.systemtests.OpenApiRoutes.Route;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class OpenApiRoutesTest {

    /** Trimmed from knowledge-service's document as springdoc writes it. */
    private static final String DOCUMENT = """
            {"paths": {
              "/api/practices/{id}": {
                "put": {"x-roles": ["OFFICER"],
                  "parameters": [
                    {"name": "id", "in": "path", "schema": {"type": "string"}},
                    {"name": "If-Match", "in": "header", "schema": {"type": "string"}},
                    {"name": "caller", "in": "query", "schema": {"$ref": "#/components/schemas/Caller"}}],
                  "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/PracticeRequest"}}}}},
                "get": {"parameters": [{"name": "paging", "in": "query", "schema": {"$ref": "#/components/schemas/PageQuery"}}]}}},
             "components": {"schemas": {
               "Caller": {"type": "object", "properties": {"municipality": {"type": "string"}}},
               "PageQuery": {"type": "object", "properties": {"page": {"type": "integer"}, "size": {"type": "integer"}}},
               "PracticeRequest": {"type": "object", "required": ["title"], "properties": {
                 "title": {"type": "string", "maxLength": 300},
                 "contact": {"$ref": "#/components/schemas/Contact"}}},
               "Contact": {"type": "object", "properties": {"email": {"type": "string", "format": "email"}}}}}}
            """;

    private final List<Route> routes = OpenApiRoutes.read("knowledge", JsonMapper.builder().build().readTree(DOCUMENT));

    @Test
    void readsEachOperationWithItsRolesParametersAndResolvedBody() {
        Route update = routes.stream().filter(route -> route.method().equals("PUT")).findFirst().orElseThrow();

        assertThat(update.template()).isEqualTo("/api/practices/{id}");
        assertThat(update.roles()).containsExactly("OFFICER");
        assertThat(update.pathParameters()).extracting(Parameter::name).containsExactly("id");
        assertThat(update.headers()).containsExactly("If-Match");
        assertThat(update.queryParameters()).as("the caller comes from the token").isEmpty();
        assertThat(update.takesJson()).isTrue();
        assertThat(update.bodySchema().path("properties").path("contact").path("properties").path("email")
                .path("format").asString()).isEqualTo("email");
    }

    @Test
    void spreadsABoundQueryRecordIntoTheParametersAClientSends() {
        Route read = routes.stream().filter(route -> route.method().equals("GET")).findFirst().orElseThrow();

        assertThat(read.isPublic()).isTrue();
        assertThat(read.queryParameters()).extracting(Parameter::name).containsExactly("page", "size");
        assertThat(read.queryParameters()).extracting(Parameter::type).containsOnly("integer");
    }
}
