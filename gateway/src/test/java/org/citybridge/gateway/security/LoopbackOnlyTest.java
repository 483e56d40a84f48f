package org.citybridge.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** Metrics are for whoever runs the suite on this machine: a client elsewhere does not get them. */
class LoopbackOnlyTest {

    @Test
    void onlyLoopbackClientsMatch() {
        assertThat(matches("127.0.0.1")).isTrue();
        assertThat(matches("::1")).isTrue();
        assertThat(matches("203.0.113.5")).isFalse();
        assertThat(matches("10.0.0.8")).isFalse();
    }

    private static boolean matches(String address) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/actuator/prometheus")
                .remoteAddress(new InetSocketAddress(address, 40000)).build());
        return Boolean.TRUE.equals(SecurityConfiguration.fromLoopback(exchange).map(result -> result.isMatch()).block());
    }
}
