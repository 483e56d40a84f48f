package org.citybridge.platform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.citybridge.platform.event.EventJson;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.core.type.TypeReference;

/** Reads a service's demo data files under {@code src/main/resources/demo/}, written from the seed documents. */
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
