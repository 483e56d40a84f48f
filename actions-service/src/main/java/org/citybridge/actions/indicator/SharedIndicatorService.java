package org.citybridge.actions.indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.actions.action.ActionService;
import org.citybridge.actions.organisation.Populations;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * The cross-city view of a shared indicator: the caller's own city's indicators with the code, and
 * every other city's it publishes to the network (NETWORK or PUBLIC) on an action the caller may see
 * too. Another city's PRIVATE indicator never takes part; a code nobody shows the caller does not
 * exist for it (404).
 */
@Service
public class SharedIndicatorService {

    /** The network has tens of cities, each with a few indicators per code. */
    private static final int MOST = 500;

    private final TenantStore<Indicator> indicators;
    private final ActionService actions;
    private final Populations populations;

    SharedIndicatorService(AggregateStores stores, ActionService actions, Populations populations) {
        this.indicators = stores.tenantOwned(Indicator.class);
        this.actions = actions;
        this.populations = populations;
    }

    public SharedIndicatorComparison compare(Caller caller, String code) {
        IndicatorDefinition.checkedCode("code", code);
        List<Indicator> visible = indicators.findVisible(caller, Criteria.where("definition.sharedCode").is(code),
                PageRequest.of(0, MOST, Sort.by("_id"))).getContent();
        Map<String, Boolean> actionVisible = new HashMap<>();
        List<Indicator> shown = visible.stream()
                .filter(indicator -> actionVisible.computeIfAbsent(indicator.actionId(), id -> sees(caller, id)))
                .toList();
        if (shown.isEmpty()) {
            throw NotFoundException.of("Shared indicator", code);
        }
        return SharedIndicatorComparison.of(code, caller.municipality(), shown, populations::of);
    }

    private boolean sees(Caller caller, String actionId) {
        try {
            actions.get(caller, actionId);
            return true;
        } catch (NotFoundException hidden) {
            return false;
        }
    }
}
