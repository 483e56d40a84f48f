package org.citybridge.organisations.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
 * the token of the officer who registered it. Every change is a named intention that records the event
 * it causes, once, and only when something actually changed.
 */
@Document("organisations")
public class Organisation extends OutboxAggregate {

    @Id
    private String id;
    @Indexed
    private String municipality;
    private String name;
    /** {@link SearchText#normalise(String)} of the name, kept in step by every change of the name. */
    private String searchName;
    private OrganisationKind kind;
    private Visibility visibility;
    private Address address;
    private String website;
    private List<String> communities;
    private List<ContactPerson> contactPersons;
    private OrganisationStatus status;
    private LogoReference logo;
    /** Consented to being shown publicly (e.g. as a pact signatory): its logo is then readable by anyone. */
    private boolean publiclyListed;
    private Instant registeredAt;
    private Instant updatedAt;
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
        return register(id, municipality,
                new OrganisationDetails(name, kind, visibility, null, website, communities, List.of()));
    }

    public static Organisation register(String municipality, OrganisationDetails details) {
        return register(UUID.randomUUID().toString(), municipality, details);
    }

    public static Organisation register(String id, String municipality, OrganisationDetails details) {
        Organisation organisation = new Organisation();
        organisation.id = Objects.requireNonNull(id);
        organisation.municipality = Objects.requireNonNull(municipality);
        organisation.apply(details);
        organisation.status = OrganisationStatus.ACTIVE;
        organisation.registeredAt = Instant.now();
        organisation.updatedAt = organisation.registeredAt;
        organisation.record(OrganisationEvents.REGISTERED, municipality, organisation.id,
                OrganisationEvents.registered(organisation));
        return organisation;
    }

    /**
     * Replaces the editable fields. Returns false, and records nothing, when the details are the ones
     * it already has, so that a repeated update causes no event.
     */
    public boolean update(OrganisationDetails details) {
        if (details.equals(details())) {
            return false;
        }
        apply(details);
        touch();
        record(OrganisationEvents.UPDATED, municipality, id, OrganisationEvents.updated(this));
        return true;
    }

    /** Takes it out of the active network; it stays readable. Returns false when it already was inactive. */
    public boolean deactivate() {
        if (status == OrganisationStatus.INACTIVE) {
            return false;
        }
        status = OrganisationStatus.INACTIVE;
        touch();
        record(OrganisationEvents.DEACTIVATED, municipality, id, OrganisationEvents.deactivated(this));
        return true;
    }

    /** Returns false when it already was active. */
    public boolean reactivate() {
        if (status == OrganisationStatus.ACTIVE) {
            return false;
        }
        status = OrganisationStatus.ACTIVE;
        touch();
        record(OrganisationEvents.REACTIVATED, municipality, id, OrganisationEvents.reactivated(this));
        return true;
    }

    /**
     * The organisation consented to be shown publicly, e.g. when it signed a pact with that consent.
     * Its logo then becomes readable without a token; its other data keep their visibility. Idempotent.
     * No event: the consent itself is the signing party's business (the pact records it).
     */
    public void listPublicly() {
        if (!publiclyListed) {
            publiclyListed = true;
            touch();
        }
    }

    /** A new logo replaced the old one (or none); the content lives in the logo store. */
    public void logoReplaced(LogoReference newLogo) {
        logo = Objects.requireNonNull(newLogo);
        touch();
    }

    /** Every change also keeps the search field right, for documents stored before it existed. */
    private void touch() {
        searchName = SearchText.normalise(name);
        updatedAt = Instant.now();
    }

    public boolean isVisibleTo(Caller caller) {
        return visibility.visibleTo(municipality, caller);
    }

    /**
     * Only the owning city's officers change an organisation; the network's admin may too (it has no
     * city of its own).
     */
    public boolean mayBeChangedBy(Caller caller) {
        return caller.isAdmin() || (caller.hasRole(Caller.OFFICER) && caller.belongsTo(municipality));
    }

    /** Anyone who may see the organisation, and anyone at all once it is public or publicly listed. */
    public boolean logoIsReadableBy(Caller caller) {
        return publiclyListed || isVisibleTo(caller);
    }

    /** Whether shared caches may keep its logo: only when anyone could fetch it anyway. */
    public boolean logoIsPublic() {
        return publiclyListed || visibility == Visibility.PUBLIC;
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(name, kind, visibility, address, website, communities, contactPersons);
    }

    private void apply(OrganisationDetails details) {
        name = details.name();
        searchName = SearchText.normalise(details.name());
        kind = details.kind();
        visibility = details.visibility();
        address = details.address();
        website = details.website();
        communities = details.communities();
        contactPersons = details.contactPersons();
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

    public String searchName() {
        return searchName;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public Visibility visibility() {
        return visibility;
    }

    public Address address() {
        return address;
    }

    public String website() {
        return website;
    }

    public List<String> communities() {
        return communities == null ? List.of() : communities;
    }

    public List<ContactPerson> contactPersons() {
        return contactPersons == null ? List.of() : contactPersons;
    }

    public OrganisationStatus status() {
        return status;
    }

    public LogoReference logo() {
        return logo;
    }

    public boolean publiclyListed() {
        return publiclyListed;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Long version() {
        return version;
    }
}
