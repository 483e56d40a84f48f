package org.citybridge.organisations.organisation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citybridge.organisations.messaging.OrganisationEvents;
import org.citybridge.platform.outbox.OutboxAggregate;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation in a city's integration network. It belongs to exactly one municipality, taken from
 * the token of the officer who registered it.
 */
@Document("organisations")
public class Organisation extends OutboxAggregate {

    @Id
    private String id;
    @Indexed
    private String municipality;
    private String name;
    private OrganisationKind kind;
    private Visibility visibility;
    private String website;
    private List<String> communities;
    private OrganisationStatus status;
    private Instant registeredAt;
    @Version
    private Long version;

    protected Organisation() {
    }

    public static Organisation register(String municipality, String name, OrganisationKind kind, Visibility visibility,
            String website, List<String> communities) {
        return register(UUID.randomUUID().toString(), municipality, name, kind, visibility, website, communities);
    }

    /** With a known id, so that loading the same seed twice finds the first one. */
    public static Organisation register(String id, String municipality, String name, OrganisationKind kind,
            Visibility visibility, String website, List<String> communities) {
        Organisation organisation = new Organisation();
        organisation.id = id;
        organisation.municipality = municipality;
        organisation.name = name.trim();
        organisation.kind = kind;
        organisation.visibility = visibility == null ? Visibility.PRIVATE : visibility;
        organisation.website = website;
        organisation.communities = communities == null ? List.of() : List.copyOf(communities);
        organisation.status = OrganisationStatus.ACTIVE;
        organisation.registeredAt = Instant.now();
        organisation.record(OrganisationEvents.REGISTERED, municipality, organisation.id,
                OrganisationEvents.registered(organisation));
        return organisation;
    }

    public boolean isVisibleTo(Caller caller) {
        return visibility.visibleTo(municipality, caller);
    }

    public String id() {
        return id;
    }

    public String municipality() {
        return municipality;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public Visibility visibility() {
        return visibility;
    }

    public String website() {
        return website;
    }

    public List<String> communities() {
        return communities;
    }

    public OrganisationStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Long version() {
        return version;
    }
}
