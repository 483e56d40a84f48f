package org.citybridge.platform.idempotency;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One use of an {@code Idempotency-Key}: while {@code status} is null the first request is still
 * running; afterwards the stored response is what a retry gets back.
 */
@Document("idempotency_keys")
record IdempotencyRecord(@Id String id, String requestHash, Integer status, Map<String, String> headers, byte[] body,
        Instant createdAt) {

    boolean completed() {
        return status != null;
    }
}
