package org.citybridge.gateway.security;

import java.io.Closeable;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.OutageTolerantJWKSetSource;
import com.nimbusds.jose.jwk.source.RefreshAheadCachingJWKSetSource;
import com.nimbusds.jose.jwk.source.URLBasedJWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;

/**
 * Identity's signing keys as the gateway knows them (the same as platform's IdentityKeys, which the
 * services use): cached, refreshed in the background before they
 * expire, and kept for {@link JwksProperties#outageTolerance()} while identity cannot be reached, so
 * that tokens signed with a known key keep working through an identity outage.
 * <p>
 * A token whose key id is not known makes this ask identity again, but at most once per
 * {@link JwksProperties#minRefreshInterval()}; after that the key is unknown (the token gets 401). If
 * identity could not be asked, the token can be neither accepted nor refused: {@link KeysUnavailableException}
 * (503).
 * <p>
 * Nimbus's own rate limiter ({@code JWKSourceBuilder.rateLimited}) is not used: it sits below the cache,
 * so a flood of forged key ids would also use up the refresh the cache needs when its lifetime ends,
 * and then refuse valid tokens too. Here only the refreshes that unknown key ids cause are limited.
 */
final class IdentityKeys implements JWKSource<SecurityContext>, Closeable {

    private final IdentityKeySetFetches fetches;
    private final JWKSetSource<SecurityContext> keySets;
    private final long minRefreshIntervalMillis;
    private final AtomicLong nextRefreshForUnknownKey = new AtomicLong(Long.MIN_VALUE);

    IdentityKeys(JWKSetSource<SecurityContext> identity, JwksProperties properties) {
        long lifetime = properties.cacheLifetime().toMillis();
        // Nimbus wants the refresh to fit into the lifetime; a short lifetime (tests) shortens the waits.
        long refreshTimeout = Math.min(properties.connectTimeout().plus(properties.readTimeout()).toMillis(),
                lifetime / 2);
        long refreshAhead = Math.min(properties.refreshAhead().toMillis(), lifetime - refreshTimeout);
        // Identity is asked again after a failure when clients are told to try again (Retry-After).
        this.fetches = new IdentityKeySetFetches(identity, properties.retryAfter().toMillis(),
                properties.outageTolerance());
        this.keySets = new RefreshAheadCachingJWKSetSource<>(
                new OutageTolerantJWKSetSource<>(fetches, properties.outageTolerance().toMillis(), null),
                lifetime, refreshTimeout, refreshAhead, true, null);
        this.minRefreshIntervalMillis = properties.minRefreshInterval().toMillis();
    }

    /** The key set published at {@code jwkSetUrl}, fetched within the configured timeouts. */
    static IdentityKeys publishedAt(URL jwkSetUrl, JwksProperties properties) {
        DefaultResourceRetriever retriever = new DefaultResourceRetriever(
                (int) properties.connectTimeout().toMillis(), (int) properties.readTimeout().toMillis(),
                256 * 1024);
        IdentityKeys keys = new IdentityKeys(new URLBasedJWKSetSource<>(jwkSetUrl, retriever), properties);
        keys.fetchInBackground();
        return keys;
    }

    /**
     * Fetches the key set now rather than at the first token, so that an identity outage that begins
     * before anyone called does not leave this without keys; from then on the cache refreshes itself.
     */
    void fetchInBackground() {
        Thread fetch = new Thread(() -> {
            try {
                keySets.getJWKSet(JWKSetCacheRefreshEvaluator.noRefresh(), System.currentTimeMillis(), null);
            } catch (KeySourceException e) {
                // Logged by IdentityKeySetFetches; the first token tries again.
            }
        }, "identity-keys-first-fetch");
        fetch.setDaemon(true);
        fetch.start();
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        long now = System.currentTimeMillis();
        JWKSet known = keySets(JWKSetCacheRefreshEvaluator.noRefresh(), now, context);
        List<JWK> matches = selector.select(known);
        if (!matches.isEmpty()) {
            return matches;
        }
        if (mayRefreshForUnknownKey(now)) {
            // Refreshes unless another request has just done so.
            matches = selector.select(keySets(JWKSetCacheRefreshEvaluator.referenceComparison(known), now, context));
            if (!matches.isEmpty()) {
                return matches;
            }
        }
        if (!fetches.identityAnswered()) {
            throw new KeysUnavailableException("The token's key is not known and identity cannot be reached", null);
        }
        return List.of();
    }

    private JWKSet keySets(JWKSetCacheRefreshEvaluator evaluator, long now, SecurityContext context)
            throws KeysUnavailableException {
        try {
            return keySets.getJWKSet(evaluator, now, context);
        } catch (KeySourceException e) {
            throw new KeysUnavailableException("No signing keys from identity: " + e.getMessage(), e);
        }
    }

    private boolean mayRefreshForUnknownKey(long now) {
        long next = nextRefreshForUnknownKey.get();
        return now >= next && nextRefreshForUnknownKey.compareAndSet(next, now + minRefreshIntervalMillis);
    }

    /** Stops the background refresh. */
    @Override
    public void close() throws IOException {
        keySets.close();
    }
}
