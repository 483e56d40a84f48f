package org.citybridge.actions.programme;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A city's action programme. A skeleton in the platform's pattern (a tenant-owned aggregate, saved
 * through its store, changed by named intentions); its goals, actions, indicators and the events
 * other services read come with the actions issue.
 */
@Document("programmes")
public class Programme extends TenantAggregate {

    @Id
    private String id;
    private String title;
    private Instant startedAt;

    protected Programme() {
    }

    private Programme(String id, String municipality, Visibility visibility, String title) {
        super(municipality, visibility);
        this.id = id;
        this.title = Objects.requireNonNull(title).trim();
        this.startedAt = Instant.now();
    }

    public static Programme start(String municipality, String title, Visibility visibility) {
        return new Programme(UUID.randomUUID().toString(), municipality, visibility, title);
    }

    @Override
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Instant startedAt() {
        return startedAt;
    }
}
