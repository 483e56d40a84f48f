package org.citybridge.gateway.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckedTokensTest {

    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final AtomicLong nanos = new AtomicLong();
    private final List<String> checked = new ArrayList<>();

    @Test
    void aTokenThatPassedIsNotCheckedAgain() {
        CheckedTokens tokens = tokens(expiringIn(Duration.ofHours(1)));

        Jwt first = tokens.decode("token-a").block();
        Jwt second = tokens.decode("token-a").block();

        assertThat(second).isSameAs(first);
        assertThat(checked).containsExactly("token-a");
    }

    @Test
    void eachTokenIsCheckedOnItsOwn() {
        CheckedTokens tokens = tokens(expiringIn(Duration.ofHours(1)));

        tokens.decode("token-a").block();
        tokens.decode("token-b").block();

        assertThat(checked).containsExactly("token-a", "token-b");
    }

    @Test
    void aRefusedTokenIsCheckedEveryTimeAndNeverKept() {
        CheckedTokens tokens = new CheckedTokens(token -> {
            checked.add(token);
            return Mono.error(new BadJwtException("bad signature"));
        }, 10, MAX_AGE, nanos::get);

        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);

        assertThat(checked).containsExactly("forged", "forged");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aTokenIsCheckedAgainOnceItHasExpired() {
        CheckedTokens tokens = tokens(expiringIn(Duration.ofSeconds(30)));
        tokens.decode("token-a").block();

        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        tokens.decode("token-a").block();
        assertThat(checked).containsExactly("token-a");

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        tokens.decode("token-a").block();
        assertThat(checked).containsExactly("token-a", "token-a");
    }

    @Test
    void aLongLivedTokenIsCheckedAgainAfterTheMaximumAge() {
        CheckedTokens tokens = tokens(expiringIn(Duration.ofHours(1)));
        tokens.decode("token-a").block();

        nanos.addAndGet(MAX_AGE.minusSeconds(1).toNanos());
        tokens.decode("token-a").block();
        assertThat(checked).containsExactly("token-a");

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        tokens.decode("token-a").block();
        assertThat(checked).containsExactly("token-a", "token-a");
    }

    @Test
    void noMoreTokensAreKeptThanTheBound() {
        CheckedTokens tokens = new CheckedTokens(expiringIn(Duration.ofHours(1)), 2, MAX_AGE, nanos::get);

        for (int i = 0; i < 50; i++) {
            tokens.decode("token-" + i).block();
        }

        assertThat(tokens.size()).isLessThanOrEqualTo(2);
    }

    private CheckedTokens tokens(ReactiveJwtDecoder checks) {
        return new CheckedTokens(checks, 100, MAX_AGE, nanos::get);
    }

    private ReactiveJwtDecoder expiringIn(Duration lifetime) {
        return token -> {
            checked.add(token);
            Instant now = Instant.now();
            return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("officer")
                    .issuedAt(now).expiresAt(now.plus(lifetime)).build());
        };
    }
}
