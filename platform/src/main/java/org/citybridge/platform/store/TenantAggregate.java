package org.citybridge.platform.store;

import java.util.Objects;

import org.citybridge.platform.tenancy.TenantOwned;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * An aggregate that belongs to one municipality, for ever, and is shared as its visibility says. Its
 * store reads it only through {@link org.citybridge.platform.tenancy.TenantScope}.
 */
public abstract class TenantAggregate extends AggregateRoot implements TenantOwned {

    @Indexed
    private String municipality;
    @Indexed
    private Visibility visibility;

    /** For the object mapper, which sets the fields from the document. */
    protected TenantAggregate() {
    }

    protected TenantAggregate(String municipality, Visibility visibility) {
        this.municipality = Objects.requireNonNull(municipality, "municipality");
        this.visibility = Objects.requireNonNull(visibility, "visibility");
    }

    @Override
    public String municipality() {
        return municipality;
    }

    @Override
    public Visibility visibility() {
        return visibility;
    }

    protected void changeVisibility(Visibility newVisibility) {
        visibility = Objects.requireNonNull(newVisibility, "visibility");
    }
}
