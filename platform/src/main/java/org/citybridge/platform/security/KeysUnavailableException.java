package org.citybridge.platform.security;

import com.nimbusds.jose.KeySourceException;

/**
 * A token's key is not among the keys known here and identity cannot be asked for its current ones: the
 * token can be neither accepted nor refused. Callers get 503, not 401: the token may well be valid.
 */
public class KeysUnavailableException extends KeySourceException {

    public KeysUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
