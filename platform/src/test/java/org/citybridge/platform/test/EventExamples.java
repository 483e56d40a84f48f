package org.citybridge.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.citybridge.platform.event.EventJson;

import tools.jackson.databind.JsonNode;

/**
 * The documented event examples in {@code docs/events/}: producers check that what they emit has the
 * example's shape, consumers read the example to prove they understand it.
 */
public final class EventExamples {

    private EventExamples() {
    }

    /** The example of a type, e.g. {@code organisation.registered.v1}, found from the module directory. */
    public static String read(String type) {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve("events").resolve(type + ".json");
            if (Files.exists(candidate)) {
                try {
                    return Files.readString(candidate);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("No documented example docs/events/" + type + ".json above " + here);
    }

    /**
     * Asserts that the emitted event has exactly the example's fields, with the same JSON types, at
     * every level (null values in either are allowed to differ in type).
     */
    public static void assertSameShape(String type, String emittedJson) {
        Map<String, String> expected = shape(EventJson.mapper().readTree(read(type)));
        Map<String, String> actual = shape(EventJson.mapper().readTree(emittedJson));
        // Array elements can only be compared where both sides have some: an empty list is no shape.
        assertThat(comparable(actual.keySet(), expected, actual)).as("fields of %s", type)
                .isEqualTo(comparable(expected.keySet(), expected, actual));
        expected.forEach((path, kind) -> {
            if (actual.containsKey(path) && !"NULL".equals(kind) && !"NULL".equals(actual.get(path))) {
                assertThat(actual.get(path)).as("JSON type of %s in %s", path, type).isEqualTo(kind);
            }
        });
    }

    private static Set<String> comparable(Set<String> keys, Map<String, String> expected,
            Map<String, String> actual) {
        Set<String> result = new TreeSet<>();
        for (String key : keys) {
            boolean inBoth = true;
            for (int at = key.indexOf("[]"); at >= 0; at = key.indexOf("[]", at + 2)) {
                String arrayElement = key.substring(0, at + 2);
                inBoth &= expected.containsKey(arrayElement) && actual.containsKey(arrayElement);
            }
            if (inBoth && !underANull(key, expected) && !underANull(key, actual)) {
                result.add(key);
            }
        }
        return result;
    }

    /**
     * An optional object left out as null on one side (an action without a line of work) says nothing
     * about the fields it would have: only the field itself is compared.
     */
    private static boolean underANull(String key, Map<String, String> shape) {
        for (int dot = key.indexOf('.'); dot >= 0; dot = key.indexOf('.', dot + 1)) {
            if ("NULL".equals(shape.get(key.substring(0, dot)))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> shape(JsonNode node) {
        Map<String, String> shape = new TreeMap<>();
        collect("", node, shape);
        return shape;
    }

    private static void collect(String path, JsonNode node, Map<String, String> shape) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                shape.put(child, field.getValue().getNodeType().name());
                collect(child, field.getValue(), shape);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            shape.put(path + "[]", node.get(0).getNodeType().name());
            collect(path + "[]", node.get(0), shape);
        }
    }
}
