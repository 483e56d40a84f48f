package org.citybridge.platform.openapi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.citybridge.platform.security.RouteAccess;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * Makes each service's OpenAPI 3.1 document say what the platform guarantees, from the same
 * declarations the platform enforces: which routes need a bearer token and which roles
 * ({@code x-roles}), and the RFC 9457 problems every route may answer. Later work (the web
 * application, generated route tests) reads the routes from these documents, so nothing is
 * documented by hand that could drift.
 */
public final class ApiDocumentation {

    public static final String BEARER = "bearer";
    public static final String ROLES_EXTENSION = "x-roles";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    private ApiDocumentation() {
    }

    public static OpenAPI openApi(String serviceName) {
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem details; field errors in 'errors' for 400")
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("requestId", new StringSchema().description("also in the X-Request-Id header and the logs"));
        return new OpenAPI()
                // Relative: the document is read through the gateway, which is where requests should go.
                .servers(List.of(new Server().url("/").description("the gateway this document was read through")))
                .info(new Info().title("CityBridge " + serviceName).version("v1")
                        .description("Tokens come from the CityBridge identity provider (OIDC); the municipality "
                                + "and roles are taken from the token, never from the request."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT"))
                        .addSchemas(PROBLEM, problem));
    }

    /** Security, roles and problem responses of each operation, from its route declaration. */
    public static OperationCustomizer routeDeclarations() {
        return (Operation operation, HandlerMethod handler) -> {
            RouteAccess access = RouteAccess.declaredOn(handler).orElse(null);
            Map<String, String> problems = new TreeMap<>();
            problems.put("400", "Invalid input: the fields to fix are in 'errors'");
            problems.put("404", "Not found, or another city's private data");
            problems.put("409", "Conflicts with the current state, or changed meanwhile");
            problems.put("500", "Unexpected; quote the requestId");
            problems.put("503", "A dependency is unavailable; see Retry-After");
            problems.put("429", "Too many requests from this client (the gateway's rate limit); see Retry-After");
            if (takesIfMatch(handler)) {
                problems.put("412", "If-Match names a version that is no longer the current one");
                problems.put("428", "If-Match is required: send the ETag you read");
            }
            if (takesAFile(handler)) {
                problems.put("413", "The file is too large");
                problems.put("415", "The file's content is not of an accepted type");
            }
            if (handler.getBeanType().getPackageName().startsWith("org.citybridge.platform.")) {
                operation.addTagsItem("admin: on the service's own port, not routed by the gateway");
            }
            if (access != null && access.isPublic()) {
                operation.setSecurity(List.of());
            } else {
                operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
                List<String> roles = access == null ? List.of()
                        : access.roles().stream().map(Enum::name).sorted().toList();
                operation.addExtension(ROLES_EXTENSION, roles);
                problems.put("401", "No valid access token");
                problems.put("403", "The token's roles do not include " + String.join(" or ", roles)
                        + ", or the caller may see but not change this");
            }
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            problems.forEach((status, description) -> responses.computeIfAbsent(status, missing -> new ApiResponse()
                    .description(description).content(new Content().addMediaType(PROBLEM_JSON,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
            operation.setResponses(responses);
            return operation;
        };
    }

    private static boolean takesIfMatch(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
            if (header != null && HttpHeaders.IF_MATCH.equalsIgnoreCase(header.name().isEmpty() ? header.value()
                    : header.name())) {
                return true;
            }
        }
        return false;
    }

    private static boolean takesAFile(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (MultipartFile.class.equals(parameter.getParameterType())) {
                return true;
            }
        }
        return false;
    }
}
