package org.citybridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.citybridge.platform.test.StoppableIssuer;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * What the services' token decoder does when identity goes away or is flooded with forged key ids.
 * {@link BadJwtException} is the token's fault (401); any other {@link JwtException} means the token could
 * not be checked (503, see {@link TokenCheckFailureHandler}).
 */
class IdentityKeysTest {

    private final StoppableIssuer identity = StoppableIssuer.start();
    private IdentityKeys keys;

    @AfterEach
    void stop() throws Exception {
        identity.stop();
        if (keys != null) {
            keys.close();
        }
    }

    @Test
    void knownKeysKeepWorkingWhileIdentityIsDownLongerThanTheCacheLifetime() {
        JwtDecoder decoder = decoder(Duration.ofSeconds(1), Duration.ofMillis(300));
        String token = token(TestTokens.officer("almelo"));
        assertThat(decoder.decode(token).getSubject()).isEqualTo("officer@almelo");

        identity.stop();

        // Three lifetimes without identity; the background refresh fails in each of them.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(100))
                .until(() -> decoder.decode(token).getSubject().equals("officer@almelo"));
    }

    /** A service that has seen no token yet still knows the keys when identity goes down. */
    @Test
    void keysAreFetchedAtStartNotAtTheFirstToken() {
        JwtDecoder decoder = decoder(Duration.ofMinutes(5), Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(5)).until(() -> identity.fetches() == 1);

        identity.stop();

        assertThat(decoder.decode(token(TestTokens.officer("almelo"))).getSubject()).isEqualTo("officer@almelo");
    }

    @Test
    void twoHundredForgedKeyIdsMakeAtMostOneFetch() throws Exception {
        JwtDecoder decoder = decoder(Duration.ofMinutes(5), Duration.ofMinutes(1));
        decoder.decode(token(TestTokens.officer("almelo")));
        await().atMost(Duration.ofSeconds(5)).until(() -> identity.fetches() >= 1);
        identity.resetFetches();

        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Throwable>> attempts = IntStream.range(0, 200)
                    .mapToObj(i -> clients.submit(() -> failureOf(decoder, token(TestTokens.withUnknownKeyId("almelo")))))
                    .toList();
            for (Future<Throwable> attempt : attempts) {
                assertThat(attempt.get()).isInstanceOf(BadJwtException.class);
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(identity.fetches()).isLessThanOrEqualTo(1);
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        JwtDecoder decoder = decoder(Duration.ofMinutes(5), Duration.ofSeconds(30));

        assertThatThrownBy(() -> decoder.decode(token(TestTokens.withoutExpiry("almelo"))))
                .isInstanceOf(BadJwtException.class)
                .hasMessageContaining("exp");
    }

    /** The forgeries a probe of the running suite tried: each is the token's fault, a 401. */
    @Test
    void forgedAlteredExpiredAndForeignTokensAreRefused() {
        JwtDecoder decoder = decoder(Duration.ofMinutes(5), Duration.ofSeconds(30));
        String[] genuine = token(TestTokens.officer("almelo")).split("\\.");
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String unsigned = base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + genuine[1] + ".";
        String payload = new String(Base64.getUrlDecoder().decode(genuine[1]), StandardCharsets.UTF_8)
                .replace("almelo", "antwerpen");
        String edited = genuine[0] + "." + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + genuine[2];

        for (String forged : List.of(unsigned, edited, token(TestTokens.forgedBearer("almelo")),
                token(TestTokens.fromIssuer("https://elsewhere.example", "almelo")), token(TestTokens.expired("almelo")))) {
            assertThatThrownBy(() -> decoder.decode(forged)).as(forged).isInstanceOf(BadJwtException.class);
        }
        assertThat(decoder.decode(String.join(".", genuine)).getSubject()).as("the genuine one still passes")
                .isEqualTo("officer@almelo");
    }

    @Test
    void anUnknownKeyWhileIdentityIsDownCannotBeChecked() {
        JwtDecoder decoder = decoder(Duration.ofMinutes(5), Duration.ofSeconds(30));
        decoder.decode(token(TestTokens.officer("almelo")));

        identity.stop();

        Throwable failure = failureOf(decoder, token(TestTokens.withUnknownKeyId("almelo")));
        assertThat(failure).isInstanceOf(JwtException.class).isNotInstanceOf(BadJwtException.class)
                .hasCauseInstanceOf(KeysUnavailableException.class);
        // The known key still works meanwhile.
        assertThat(decoder.decode(token(TestTokens.officer("almelo"))).getSubject()).isEqualTo("officer@almelo");
    }

    @Test
    void withoutAnyKeysFromIdentityNoTokenCanBeChecked() {
        identity.stop();
        JwtDecoder decoder = decoder(Duration.ofMinutes(5), Duration.ofSeconds(30));

        Throwable failure = failureOf(decoder, token(TestTokens.officer("almelo")));

        assertThat(failure).isInstanceOf(JwtException.class).isNotInstanceOf(BadJwtException.class);
    }

    @Test
    void whenIdentityIsBackAnUnknownKeyIsRefusedAgain() {
        JwtDecoder decoder = decoder(Duration.ofMinutes(5), Duration.ofMillis(200));
        decoder.decode(token(TestTokens.officer("almelo")));
        identity.stop();
        assertThat(failureOf(decoder, token(TestTokens.withUnknownKeyId("almelo"))))
                .isNotInstanceOf(BadJwtException.class);

        identity.restart();

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(failureOf(decoder, token(TestTokens.withUnknownKeyId("almelo"))))
                        .isInstanceOf(BadJwtException.class));
    }

    private JwtDecoder decoder(Duration lifetime, Duration minRefreshInterval) {
        JwksProperties properties = new JwksProperties(lifetime, Duration.ofMillis(200), Duration.ofHours(1),
                minRefreshInterval, Duration.ofSeconds(1), Duration.ofSeconds(2), minRefreshInterval);
        try {
            keys = IdentityKeys.publishedAt(URI.create(identity.jwkSetUri()).toURL(), properties);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        return AccessTokenDecoder.of(keys, TestTokens.ISSUER);
    }

    private static Throwable failureOf(JwtDecoder decoder, String token) {
        try {
            decoder.decode(token);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static String token(String bearer) {
        return bearer.substring("Bearer ".length());
    }
}
