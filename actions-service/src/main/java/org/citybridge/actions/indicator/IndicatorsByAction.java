package org.citybridge.actions.indicator;

import java.util.List;

import org.citybridge.actions.action.ActionIndicators;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * An action's indicators without a caller, for computing its status (work no request asked for). Apart
 * from IndicatorService because that one needs ActionService, which needs the status rule, which needs
 * this: one more step and Spring would find a cycle.
 */
@Component
public class IndicatorsByAction implements ActionIndicators {

    /** An action has a handful of indicators; more than this would be a mistake worth ignoring. */
    private static final int MOST = 200;

    private final TenantStore<Indicator> indicators;

    IndicatorsByAction(AggregateStores stores) {
        this.indicators = stores.tenantOwned(Indicator.class);
    }

    @Override
    public Visibility widestVisibility(String actionId) {
        return Visibility.widestOf(of(actionId).stream().map(Indicator::visibility));
    }

    public List<Indicator> of(String actionId) {
        return indicators.findForSystem(Criteria.where("actionId").is(actionId), PageRequest.of(0, MOST, Sort.by("_id")))
                .getContent();
    }
}
