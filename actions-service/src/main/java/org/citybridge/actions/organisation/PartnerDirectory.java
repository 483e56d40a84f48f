package org.citybridge.actions.organisation;

import java.util.Collection;
import java.util.Optional;

import org.citybridge.platform.tenancy.Caller;

/**
 * Which organisations an action may name as owner or partner: existing, active organisations of the
 * action's own municipality.
 */
public interface PartnerDirectory {

    /**
     * Passes when every id names an active organisation of the caller's municipality; otherwise throws
     * {@link org.citybridge.platform.domain.InvalidValueException} naming {@code property} (a 400).
     * Asks the local read model first and organisations-service only about ids it does not know yet;
     * when organisations-service cannot answer about such an id, throws a
     * {@link org.citybridge.platform.web.DependencyUnavailableException} (a 503 with Retry-After).
     */
    void requireActive(Caller caller, String property, Collection<String> organisationIds);

    /**
     * Whether the read model knows the organisation as active; false when it does not know it. For
     * showing existing actions, not for accepting new partners (use {@link #requireActive}).
     */
    boolean isActive(String organisationId);

    /**
     * The organisation's name as the read model knows it. Not scoped by a caller: meant for the
     * partners of an action, which {@link #requireActive} limited to the action's own city.
     */
    Optional<String> name(String organisationId);
}
