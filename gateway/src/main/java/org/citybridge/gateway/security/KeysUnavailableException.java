package org.citybridge.gateway.security;

import com.nimbusds.jose.KeySourceException;

/**
 * A token's key is not among the keys known here and identity cannot be asked for its current ones: the
 * token can be neither accepted nor refused. Callers get 503, not 401: the token may well be valid.
 */
class KeysUnavailableException extends KeySourceException {

    KeysUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
