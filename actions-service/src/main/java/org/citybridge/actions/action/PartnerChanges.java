package org.citybridge.actions.action;

import org.citybridge.actions.organisation.OrganisationDeactivated;
import org.citybridge.actions.organisation.OrganisationReactivated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An organisation an action names was deactivated (or reactivated) in organisations-service: the
 * action is flagged (or unflagged) so that its officers see it in the list ({@code inactivePartners=true})
 * and decide. Nothing is removed: the partner may come back, and history should say who took part.
 * Idempotent, as a redelivered event announces the change again.
 */
@Component
class PartnerChanges {

    private static final Logger log = LoggerFactory.getLogger(PartnerChanges.class);

    private final ActionService actions;

    PartnerChanges(ActionService actions) {
        this.actions = actions;
    }

    @EventListener
    void on(OrganisationDeactivated deactivated) {
        int flagged = actions.markPartner(deactivated.municipality(), deactivated.organisationId(), false);
        if (flagged > 0) {
            log.info("Organisation {} was deactivated; {} actions naming it are flagged", deactivated.organisationId(),
                    flagged);
        }
    }

    @EventListener
    void on(OrganisationReactivated reactivated) {
        actions.markPartner(reactivated.municipality(), reactivated.organisationId(), true);
    }
}
