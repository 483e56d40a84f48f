package org.citybridge.gateway.security;

import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Tokens the gateway has already checked, so that the next request with the same token is not checked again.
 * <p>
 * A client sends the same token with every request for its lifetime, and checking it is most of what the
 * gateway spends on a request: the profile under load showed the RSA signature check alone at a fifth of the
 * gateway's CPU time with the launcher's JVM flags (C1 has no intrinsics for its big-number arithmetic). The
 * services behind the gateway check every token again themselves, so this saves work without trusting more.
 * <p>
 * Only tokens that passed every check are kept, so a flood of forged or expired tokens fills nothing. A token
 * is kept until it expires, and never longer than {@code maxAge}: a key that identity stops publishing is
 * dropped by the key cache within its lifetime, and tokens signed with it then stop working here within the
 * same time. The size bound keeps memory flat however many users there are; one that falls out is checked
 * again.
 */
final class CheckedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder checks;
    private final Cache<String, Jwt> checked;

    CheckedTokens(ReactiveJwtDecoder checks, long maxSize, Duration maxAge, Ticker ticker) {
        this.checks = checks;
        this.checked = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(untilExpiryAtMost(maxAge))
                .ticker(ticker)
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = checked.getIfPresent(token);
        if (known != null) {
            return Mono.just(known);
        }
        return checks.decode(token).doOnNext(jwt -> {
            if (jwt.getExpiresAt() != null) {
                checked.put(token, jwt);
            }
        });
    }

    /** Tokens held right now; for tests. */
    long size() {
        checked.cleanUp();
        return checked.estimatedSize();
    }

    private static Expiry<String, Jwt> untilExpiryAtMost(Duration maxAge) {
        long maxAgeNanos = maxAge.toNanos();
        return Expiry.writing((token, jwt) -> {
            long untilExpiry = Duration.between(Instant.now(), jwt.getExpiresAt()).toNanos();
            return Duration.ofNanos(Math.max(0, Math.min(untilExpiry, maxAgeNanos)));
        });
    }
}
