package org.citybridge.platform.event;

import java.util.regex.Pattern;

/**
 * A stable, versioned event name such as {@code organisation.registered.v1}. Consumers route on this
 * string, never on a Java class name, so renaming a class can never break a consumer.
 */
public record EventType(String name, int version) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z-]*(\\.[a-z][a-z-]*)+");

    public EventType {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Event name must look like 'aggregate.happened': " + name);
        }
        if (version < 1) {
            throw new IllegalArgumentException("Event version starts at 1: " + version);
        }
    }

    public static EventType of(String name, int version) {
        return new EventType(name, version);
    }

    /** The name on the wire, with its version: {@code organisation.registered.v1}. */
    public String qualifiedName() {
        return name + ".v" + version;
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
