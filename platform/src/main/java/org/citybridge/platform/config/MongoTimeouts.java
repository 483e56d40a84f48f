package org.citybridge.platform.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a service waits for MongoDB before it gives up and answers 503. The driver's defaults
 * (30 s to find a server, no limit on a read) make every request hang while MongoDB is away.
 *
 * @param serverSelectionTimeout how long an operation waits for a reachable server: the time a
 *                               request takes to fail while MongoDB is down
 * @param connectTimeout         how long opening one connection may take
 * @param readTimeout            how long one operation may wait for MongoDB's answer on an open
 *                               connection (a server that hangs rather than refuses)
 */
@ConfigurationProperties("citybridge.mongo")
public record MongoTimeouts(Duration serverSelectionTimeout, Duration connectTimeout, Duration readTimeout) {

    public MongoTimeouts {
        serverSelectionTimeout = serverSelectionTimeout == null ? Duration.ofSeconds(2) : serverSelectionTimeout;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
    }
}
