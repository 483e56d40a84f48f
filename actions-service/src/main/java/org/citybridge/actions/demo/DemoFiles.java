package org.citybridge.actions.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.citybridge.platform.event.EventJson;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.core.type.TypeReference;

/**
 * Reads the demo data files under {@code src/main/resources/demo/}, written from the seed documents.
 * Public so that a later step (indicators and their measurements) reads its file the same way.
 */
public final class DemoFiles {

    private DemoFiles() {
    }

    public static <T> List<T> read(String name, TypeReference<List<T>> type) {
        try (InputStream in = new ClassPathResource("demo/" + name).getInputStream()) {
            return EventJson.mapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/" + name, e);
        }
    }
}
