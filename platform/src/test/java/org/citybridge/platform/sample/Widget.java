package org.citybridge.platform.sample;

import java.util.UUID;

import org.citybridge.platform.event.EventType;
import org.citybridge.platform.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("widgets")
public class Widget extends OutboxAggregate {

    public static final EventType CREATED = EventType.of("widget.created", 1);
    public static final EventType RENAMED = EventType.of("widget.renamed", 1);

    @Id
    private String id;
    private String municipality;
    private String name;
    @Version
    private Long version;

    public record Created(String id, String name) {
    }

    public static Widget create(String municipality, String name) {
        Widget widget = new Widget();
        widget.id = UUID.randomUUID().toString();
        widget.municipality = municipality;
        widget.name = name;
        widget.record(CREATED, municipality, widget.id, new Created(widget.id, name));
        return widget;
    }

    public void rename(String newName) {
        name = newName;
        record(RENAMED, municipality, id, new Created(id, newName));
    }

    public String id() {
        return id;
    }

    public String municipality() {
        return municipality;
    }

    public String name() {
        return name;
    }
}
