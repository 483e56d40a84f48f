package org.citybridge.platform.tenancy;

/**
 * A document that belongs to one municipality and is shared as its visibility says. Its fields are
 * named {@value TenantScope#MUNICIPALITY} and {@value TenantScope#VISIBILITY}: {@link TenantScope}
 * filters on them, and no other code writes that filter.
 */
public interface TenantOwned {

    String municipality();

    Visibility visibility();

    /** The in-memory twin of {@link TenantScope#visibleTo(Caller)}; a platform test keeps both in step. */
    default boolean isVisibleTo(Caller caller) {
        return visibility().visibleTo(municipality(), caller);
    }

    default boolean isOwnedBy(Caller caller) {
        return caller.belongsTo(municipality());
    }
}
