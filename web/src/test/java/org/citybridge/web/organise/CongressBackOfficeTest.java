package org.citybridge.web.organise;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A congress's back office belongs to the cities that organise it. The API lets other cities read a congress
 * shared with the network, so the page must not take "readable" for "mine": for them it does not exist.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CongressBackOfficeTest {

    /** An API that knows one congress, Almelo's, co-organised with Antwerpen and shared with the network. */
    private static final HttpServer API = api();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void api(DynamicPropertyRegistry registry) {
        registry.add("citybridge.web.api-url", () -> "http://127.0.0.1:" + API.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        API.stop(0);
    }

    @Test
    void theOrganisingCitiesSeeTheBackOffice() throws Exception {
        mvc.perform(get("/organise/congresses/c-1").with(person("almelo", "ORGANISER"))).andExpect(status().isOk());
        mvc.perform(get("/organise/congresses/c-1").with(person("antwerpen", "ORGANISER"))).andExpect(status().isOk());
    }

    @Test
    void anotherCityOrAnOfficerGetsTheNotFoundPage() throws Exception {
        mvc.perform(get("/organise/congresses/c-1").with(person("muenster", "ORGANISER"))).andExpect(status().isNotFound());
        mvc.perform(get("/organise/congresses/c-1").with(person("muenster", "OFFICER"))).andExpect(status().isNotFound());
        mvc.perform(get("/organise/congresses/c-1/live").with(person("muenster", "ORGANISER")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organise/congresses/c-1").with(person("almelo", "OFFICER"))).andExpect(status().isNotFound());
    }

    private static RequestPostProcessor person(String city, String role) {
        return oidcLogin().idToken(token -> token.claim("municipality", city).claim("roles", List.of(role))
                .claim("preferred_username", role.toLowerCase() + "@" + city).claim("name", city + " " + role));
    }

    private static HttpServer api() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String body;
                if (path.equals("/api/congresses/c-1")) {
                    body = """
                            {"id":"c-1","municipality":"almelo","organisers":["almelo","antwerpen"],
                             "title":{"nl":"Congres"},"description":{},"startsAt":"2027-01-15T08:00:00Z",
                             "endsAt":"2027-01-15T16:00:00Z","capacity":100,"publicRegistration":true,
                             "status":"PUBLISHED","sessions":[]}""";
                }
                else {
                    body = "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}";
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return server;
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
