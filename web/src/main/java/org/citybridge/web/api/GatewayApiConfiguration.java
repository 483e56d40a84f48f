package org.citybridge.web.api;

import java.io.IOException;
import java.io.InputStream;

import tools.jackson.databind.json.JsonMapper;

import org.citybridge.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.web.client.RestClient;

/**
 * The one client every page uses for the API: through the gateway, with the signed-in person's token (or none on
 * public pages), their language, and every non-2xx answer turned into an {@link ApiProblem}.
 */
@Configuration(proxyBeanMethods = false)
class GatewayApiConfiguration {

    @Bean
    RestClient gatewayApi(RestClient.Builder builder, WebProperties properties,
            OAuth2AuthorizedClientRepository authorizedClients, JsonMapper json) {
        return builder
                .baseUrl(properties.apiUrl().toString())
                .requestFactory(new JdkClientHttpRequestFactory())
                .requestInterceptor(new CallerHeaders(authorizedClients))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response, json);
                })
                .build();
    }

    private static ApiProblem problem(ClientHttpResponse response, JsonMapper json) throws IOException {
        int status = response.getStatusCode().value();
        ProblemBody body = null;
        try (InputStream in = response.getBody()) {
            byte[] bytes = in.readNBytes(64 * 1024);
            if (bytes.length > 0) {
                body = json.readValue(bytes, ProblemBody.class);
            }
        }
        catch (RuntimeException notAProblem) {
            // A proxy's HTML page or an empty body: the status alone must do.
        }
        return body == null ? new ApiProblem(status, response.getStatusText(), null, null)
                : new ApiProblem(status, body.title(), body.detail(), body.errors());
    }
}
