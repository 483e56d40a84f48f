package org.citybridge.platform.health;

import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Checks MongoDB with {@code ping}, which every MongoDB-wire server answers. Boot's own indicator
 * sends {@code hello}, which the embedded store does not know, so a healthy service would report
 * DOWN there.
 * <p>
 * A failed check is DOWN with the reason, and is logged once when MongoDB goes away and once when it is
 * back: health and readiness are probed every few seconds, and the base class's WARN with a ~200-line
 * stack trace per probe flooded the logs during an outage.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(MongoPingHealthIndicator.class);

    private final MongoTemplate mongo;
    private final AtomicBoolean down = new AtomicBoolean();

    public MongoPingHealthIndicator(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document reply;
        try {
            reply = mongo.executeCommand(new Document("ping", 1));
        } catch (RuntimeException e) {
            if (down.compareAndSet(false, true)) {
                log.warn("MongoDB is not answering; health and readiness say DOWN until it does: {}", e.getMessage());
            }
            builder.down().withDetail("error", e.getClass().getSimpleName());
            return;
        }
        if (down.compareAndSet(true, false)) {
            log.info("MongoDB answers again; health is UP");
        }
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", reply.get("ok"));
    }
}
