package org.citybridge.platform.sample;

import java.util.UUID;

import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The sample aggregate: what a service's aggregate looks like, in the fewest lines. */
@Document("widgets")
public class Widget extends TenantAggregate {

    /** Domain events, recorded by the intentions below; {@link WidgetEvents} publishes them. */
    public record Created(String id, String name) {
    }

    public record Renamed(String id, String name) {
    }

    @Id
    private String id;
    private String name;

    protected Widget() {
    }

    private Widget(String id, String municipality, Visibility visibility, String name) {
        super(municipality, visibility);
        this.id = id;
        this.name = name;
    }

    public static Widget create(String municipality, String name) {
        return create(municipality, Visibility.PRIVATE, name);
    }

    public static Widget create(String municipality, Visibility visibility, String name) {
        Widget widget = new Widget(UUID.randomUUID().toString(), municipality, visibility, name);
        widget.record(new Created(widget.id, name));
        return widget;
    }

    public void rename(String newName) {
        name = newName;
        record(new Renamed(id, newName));
    }

    @Override
    public String id() {
        return id;
    }

    public String name() {
        return name;
    }
}
