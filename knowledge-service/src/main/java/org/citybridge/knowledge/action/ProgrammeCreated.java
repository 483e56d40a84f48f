package org.citybridge.knowledge.action;

import java.util.List;

/** What this service reads of {@code programme.created.v1}: the context a draft practice names. */
record ProgrammeCreated(String id, String title, List<Goal> goals, String visibility) {

    record Goal(int number, String title) {
    }
}
