package org.citybridge.actions.organisation;

import java.util.Collection;

import org.citybridge.platform.tenancy.Caller;

/**
 * Which organisations an action may name as owner or partner: existing, active organisations of the
 * action's own municipality.
 */
public interface PartnerDirectory {

    /**
     * Passes when every id names an active organisation of the caller's municipality; otherwise throws
     * {@link org.citybridge.platform.domain.InvalidValueException} naming {@code property} (a 400).
     */
    void requireActive(Caller caller, String property, Collection<String> organisationIds);
}
