package org.citybridge.knowledge.practice;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A practice a city shares with the network: what worked, for whom, with what result. A skeleton in
 * the platform's pattern (a tenant-owned aggregate, saved through its store, changed by named
 * intentions); its contents, search, translations and events come with the knowledge issue.
 */
@Document("practices")
public class Practice extends TenantAggregate {

    @Id
    private String id;
    private String title;
    private Instant writtenAt;

    protected Practice() {
    }

    private Practice(String id, String municipality, Visibility visibility, String title) {
        super(municipality, visibility);
        this.id = id;
        this.title = Objects.requireNonNull(title).trim();
        this.writtenAt = Instant.now();
    }

    public static Practice write(String municipality, String title, Visibility visibility) {
        return new Practice(UUID.randomUUID().toString(), municipality, visibility, title);
    }

    @Override
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
