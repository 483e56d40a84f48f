package org.citybridge.events.seat;

import java.util.Objects;

/**
 * Where places are counted and people wait: the congress as a whole ({@link #CONGRESS}) or one session.
 *
 * @param scope {@value #CONGRESS}, or a session id
 */
public record SeatScope(String congressId, String scope) {

    public static final String CONGRESS = "congress";

    public SeatScope {
        Objects.requireNonNull(congressId, "congressId");
        Objects.requireNonNull(scope, "scope");
    }

    public static SeatScope congress(String congressId) {
        return new SeatScope(congressId, CONGRESS);
    }

    public static SeatScope session(String congressId, String sessionId) {
        return new SeatScope(congressId, sessionId);
    }

    public boolean isCongress() {
        return CONGRESS.equals(scope);
    }

    String key() {
        return congressId + "|" + scope;
    }
}
