package org.citybridge.gateway.security;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.citybridge.gateway.test.StoppableIdentity;
import org.citybridge.gateway.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The gateway's key source on its own: fetched at start, kept while identity is down, refreshes limited. */
class IdentityKeysTest {

    private static final String KNOWN = "test-key";

    private final StoppableIdentity identity = StoppableIdentity.publishing(TestTokens.generate());
    private IdentityKeys keys;

    @AfterEach
    void stop() throws Exception {
        identity.stop();
        if (keys != null) {
            keys.close();
        }
    }

    @Test
    void keysAreFetchedAtStartAndKeptWhileIdentityIsDown() throws Exception {
        keys = keys(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(5)).until(() -> identity.fetches() == 1);

        identity.stop();

        assertThat(keys.get(selector(KNOWN), null)).hasSize(1);
    }

    @Test
    void twoHundredUnknownKeyIdsAreUnknownAfterAtMostOneFetch() throws Exception {
        keys = keys(Duration.ofMinutes(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> identity.fetches() == 1);
        identity.resetFetches();

        for (int i = 0; i < 200; i++) {
            assertThat(keys.get(selector(UUID.randomUUID().toString()), null)).isEmpty();
        }

        assertThat(identity.fetches()).isLessThanOrEqualTo(1);
    }

    @Test
    void anUnknownKeyWhileIdentityIsDownCannotBeChecked() {
        keys = keys(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(5)).until(() -> identity.fetches() == 1);

        identity.stop();

        assertThatThrownBy(() -> keys.get(selector(UUID.randomUUID().toString()), null))
                .isInstanceOf(KeysUnavailableException.class);
    }

    private IdentityKeys keys(Duration minRefreshInterval) {
        JwksProperties properties = new JwksProperties(Duration.ofMinutes(5), Duration.ofSeconds(30),
                Duration.ofHours(1), minRefreshInterval, Duration.ofSeconds(1), Duration.ofSeconds(2),
                minRefreshInterval);
        try {
            return IdentityKeys.publishedAt(URI.create(identity.jwkSetUri()).toURL(), properties);
        }
        catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWKSelector selector(String keyId) {
        return new JWKSelector(new JWKMatcher.Builder().keyType(KeyType.RSA).keyID(keyId)
                .algorithms(JWSAlgorithm.RS256, null).build());
    }
}
