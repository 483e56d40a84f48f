package org.citybridge.gateway.security;

import java.io.IOException;
import java.time.Duration;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSetUnavailableException;
import com.nimbusds.jose.proc.SecurityContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The actual requests to identity for its key set. Remembers whether identity answered the last one,
 * and after a failure does not ask again for a while, so that nothing a client sends makes the
 * gateway hammer an identity that is down. Logs the change, not every failure.
 */
final class IdentityKeySetFetches implements JWKSetSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(IdentityKeySetFetches.class);

    private final JWKSetSource<SecurityContext> identity;
    private final long pauseAfterFailureMillis;
    private final Duration outageTolerance;
    private volatile boolean answered = true;
    private volatile long failedAt;

    IdentityKeySetFetches(JWKSetSource<SecurityContext> identity, long pauseAfterFailureMillis,
            Duration outageTolerance) {
        this.identity = identity;
        this.pauseAfterFailureMillis = pauseAfterFailureMillis;
        this.outageTolerance = outageTolerance;
    }

    /** Whether identity answered the last request for its key set (true before the first). */
    boolean identityAnswered() {
        return answered;
    }

    @Override
    public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator evaluator, long currentTime, SecurityContext context)
            throws KeySourceException {
        if (!answered && currentTime - failedAt < pauseAfterFailureMillis) {
            throw new JWKSetUnavailableException("Identity did not answer " + (currentTime - failedAt)
                    + " ms ago; not asked again yet");
        }
        try {
            JWKSet keys = identity.getJWKSet(evaluator, currentTime, context);
            if (!answered) {
                log.info("Identity's key set can be fetched again");
            }
            answered = true;
            return keys;
        } catch (KeySourceException e) {
            failedAt = currentTime;
            if (answered) {
                log.warn("Identity's key set cannot be fetched ({}); the keys known so far stay trusted for up to {}",
                        e.getMessage(), outageTolerance);
            }
            answered = false;
            // Unavailable, whatever went wrong, so that the outage-tolerant cache above keeps the known keys.
            throw e instanceof JWKSetUnavailableException unavailable ? unavailable
                    : new JWKSetUnavailableException(e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        identity.close();
    }
}
