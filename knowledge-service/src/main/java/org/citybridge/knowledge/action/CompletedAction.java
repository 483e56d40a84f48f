package org.citybridge.knowledge.action;

import java.util.List;

import org.citybridge.platform.tenancy.Visibility;

/**
 * An action of a city that was completed, with what is known of it here: what a draft practice is
 * prefilled with.
 */
public record CompletedAction(String actionId, String municipality, Visibility visibility, String title,
        String description, String programmeTitle, String goalTitle, Integer lineOfWork, List<String> targetGroups,
        List<IndicatorValue> indicators) {
}
