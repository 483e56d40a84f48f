package org.citybridge.bench;

import java.util.Optional;

/** One benchmark: a name to select it by, what it measures, and the run that produces its section of results.md. */
interface Benchmark {

    String name();

    /** One line for {@code ./citybridge bench list}. */
    String measures();

    /** False for a benchmark that brings its own server (the store) and needs no suite. */
    default boolean needsSuite() {
        return true;
    }

    /** What this benchmark waits for before it can run (another change's routes), or empty. */
    default String waitingFor() {
        return "";
    }

    /**
     * What the suite still lacks for this benchmark (a route another change adds), or empty when it can run.
     * Asked before the run, against the suite it would run on.
     */
    default Optional<String> missing(Suite suite, Http http) {
        return Optional.empty();
    }

    Section run(Suite suite, Options options) throws Exception;
}
