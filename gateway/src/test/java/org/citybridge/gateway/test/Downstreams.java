package org.citybridge.gateway.test;

import java.util.EnumMap;
import java.util.Map;

import org.citybridge.gateway.routing.Downstream;

/**
 * One stub per service, shared by every test class in the run. Shared on purpose: Spring caches test
 * contexts by their configuration, not by the property values a @DynamicPropertySource hands out, so
 * per-class stubs on new ports would leave a cached context pointing at a dead port.
 */
public final class Downstreams {

    public static final TestTokens TOKENS = TestTokens.generate();

    private static final Map<Downstream, DownstreamStub> STUBS = new EnumMap<>(Downstream.class);

    static {
        for (Downstream downstream : Downstream.values()) {
            STUBS.put(downstream, DownstreamStub.start(downstream.serviceName()));
        }
        STUBS.get(Downstream.IDENTITY).respond("/oauth2/jwks", 200, "application/json", TOKENS.jwkSetJson());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STUBS.values().forEach(DownstreamStub::stop)));
    }

    private Downstreams() {
    }

    public static DownstreamStub stub(Downstream downstream) {
        return STUBS.get(downstream);
    }
}
