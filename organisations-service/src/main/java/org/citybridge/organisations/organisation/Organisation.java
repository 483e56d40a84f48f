package org.citybridge.organisations.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.citybridge.platform.search.SearchText;
import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation in a city's integration network. It belongs to exactly one municipality, taken from
 * the token of the officer who registered it. Every change is a named intention that records the event
 * it causes, once, and only when something actually changed.
 */
@Document("organisations")
public class Organisation extends TenantAggregate {

    /** Domain events; messaging/OrganisationEvents publishes them. */
    public record Registered(String organisationId, String municipality, OrganisationDetails details,
            OrganisationStatus status) {
    }

    public record Updated(String organisationId, String municipality, OrganisationDetails details,
            OrganisationStatus status) {
    }

    public record Deactivated(String organisationId, String municipality, String name) {
    }

    public record Reactivated(String organisationId, String municipality, String name) {
    }

    @Id
    private String id;
    private String name;
    /** {@link SearchText#normalise(String)} of the name, kept in step by every change of the name. */
    private String searchName;
    private OrganisationKind kind;
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

    protected Organisation() {
    }

    private Organisation(String id, String municipality, Visibility visibility) {
        super(municipality, visibility);
        this.id = Objects.requireNonNull(id);
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
        Organisation organisation = new Organisation(id, municipality, details.visibility());
        organisation.apply(details);
        organisation.status = OrganisationStatus.ACTIVE;
        organisation.registeredAt = Instant.now();
        organisation.updatedAt = organisation.registeredAt;
        organisation.record(new Registered(id, municipality, details, organisation.status));
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
        record(new Updated(id, municipality(), details, status));
        return true;
    }

    /** Takes it out of the active network; it stays readable. Returns false when it already was inactive. */
    public boolean deactivate() {
        if (status == OrganisationStatus.INACTIVE) {
            return false;
        }
        status = OrganisationStatus.INACTIVE;
        touch();
        record(new Deactivated(id, municipality(), name));
        return true;
    }

    /** Returns false when it already was active. */
    public boolean reactivate() {
        if (status == OrganisationStatus.ACTIVE) {
            return false;
        }
        status = OrganisationStatus.ACTIVE;
        touch();
        record(new Reactivated(id, municipality(), name));
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

    /** Anyone who may see the organisation, and anyone at all once it is public or publicly listed. */
    public boolean logoIsReadableBy(Caller caller) {
        return publiclyListed || isVisibleTo(caller);
    }

    /** Whether shared caches may keep its logo: only when anyone could fetch it anyway. */
    public boolean logoIsPublic() {
        return publiclyListed || visibility() == Visibility.PUBLIC;
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(name, kind, visibility(), address, website, communities, contactPersons);
    }

    private void apply(OrganisationDetails details) {
        name = details.name();
        searchName = SearchText.normalise(details.name());
        kind = details.kind();
        changeVisibility(details.visibility());
        address = details.address();
        website = details.website();
        communities = details.communities();
        contactPersons = details.contactPersons();
    }

    @Override
    public String id() {
        return id;
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
}
