package org.citybridge.knowledge.practice.web;

import java.time.Instant;
import java.util.List;

import org.citybridge.knowledge.practice.Practice;
import org.citybridge.knowledge.practice.PracticeStatus;
import org.citybridge.platform.tenancy.Visibility;

/** A practice in a list. */
record PracticeSummary(String id, String municipality, String title, String summary, String language,
        List<String> themes, PracticeStatus status, Visibility visibility, Instant changedAt, Instant publishedAt) {

    static PracticeSummary of(Practice practice) {
        return new PracticeSummary(practice.id(), practice.municipality(), practice.content().title(),
                practice.content().summary(), practice.content().language().code(), practice.content().themes(),
                practice.status(), practice.visibility(), practice.changedAt(), practice.publishedAt());
    }
}
