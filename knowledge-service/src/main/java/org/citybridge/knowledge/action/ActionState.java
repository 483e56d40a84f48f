package org.citybridge.knowledge.action;

import java.util.List;

/** What this service reads of {@code action.created.v1} and {@code action.updated.v1} (its own contract). */
record ActionState(String id, String programmeId, String title, String description, Integer goal,
        LineOfWork lineOfWork, List<String> targetGroups, String status, String visibility) {

    record LineOfWork(int number, String title) {
    }
}
