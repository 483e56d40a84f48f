package org.citybridge.platform.sample;

import org.citybridge.platform.event.EventType;
import org.citybridge.platform.store.EventTranslation;
import org.springframework.stereotype.Component;

/** The sample's integration events; its payloads are the domain events as they are. */
@Component
public class WidgetEvents extends EventTranslation<Widget> {

    public static final EventType CREATED = EventType.of("widget.created", 1);
    public static final EventType RENAMED = EventType.of("widget.renamed", 1);

    WidgetEvents() {
        super(Widget.class);
        translate(Widget.Created.class, CREATED, event -> event);
        translate(Widget.Renamed.class, RENAMED, event -> event);
    }
}
