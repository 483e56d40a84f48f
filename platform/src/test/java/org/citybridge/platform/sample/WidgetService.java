package org.citybridge.platform.sample;

import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.stereotype.Service;

@Service
public class WidgetService {

    private final TenantStore<Widget> widgets;

    WidgetService(AggregateStores stores) {
        this.widgets = stores.tenantOwned(Widget.class);
    }

    public Widget create(Caller caller, String name, Visibility visibility) {
        return widgets.save(Widget.create(caller.requireMunicipality(),
                visibility == null ? Visibility.PRIVATE : visibility, name));
    }

    public Widget get(Caller caller, String id) {
        return widgets.findVisible(caller, id).orElseThrow(() -> NotFoundException.of("Widget", id));
    }

    public Widget rename(Caller caller, String id, String name) {
        Widget widget = widgets.findOwned(caller, id).orElseThrow(() -> NotFoundException.of("Widget", id));
        widget.rename(name);
        return widgets.save(widget);
    }
}
