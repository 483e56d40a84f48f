package org.citybridge.actions.organisation;

import java.time.Instant;
import java.util.List;

/** This consumer's contract for {@code pact.published.v1}: only the fields it reads. */
record PactPublished(String id, Instant publishedAt, List<LineOfWork> linesOfWork) {

    record LineOfWork(int number, String title) {
    }
}
